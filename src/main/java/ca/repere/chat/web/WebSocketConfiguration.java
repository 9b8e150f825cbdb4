package ca.repere.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * STOMP over WebSocket at {@code /ws/chat}, same origin only (the widget on partner sites is an
 * iframe of this site). Each node's simple broker serves the clients connected to it; {@code
 * ChatFanOut} feeds it from PostgreSQL, so no shared broker and no sticky sessions are needed.
 * STOMP frames are allowed up to 512 KB so that an oversized message is refused with a reason
 * instead of a dropped connection. The server's WebSocket buffer stays small (Tomcat allocates it
 * for every connection: 512 KB each ran 1,000 connections out of a 1 GB heap), because the handler
 * takes a large frame in parts and STOMP decoding reassembles them, up to {@link #MAX_FRAME}.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

  static final int MAX_FRAME = 512 * 1024;
  static final int CONNECTION_BUFFER = 8 * 1024;

  /**
   * Threads that handle client frames. Each SEND stores the message in a transaction (several
   * database round trips), so Spring's default of two per core (four here) made every frame wait
   * behind four database writes: at 250 messages/s the queue grew to seconds (p99 1.5 s). The
   * database pool is sized to match ({@code spring.datasource.hikari.maximum-pool-size}). Not
   * {@code setPreserveReceiveOrder}: it moves the access check off the connection's thread, so a
   * refused SUBSCRIBE no longer gets its ERROR frame.
   */
  static final int INBOUND_THREADS = 16;

  /**
   * Destinations whose subscribers the broker remembers. Every chat has its own topic, and a
   * destination missing from the cache is matched against every subscription of every connection:
   * Spring's default (1,024) is about the goal of 1,000 concurrent chats.
   */
  static final int DESTINATION_CACHE = 20_000;

  private final StompAccessInterceptor access;

  WebSocketConfiguration(StompAccessInterceptor access) {
    this.access = access;
  }

  @Override
  public void registerStompEndpoints(StompEndpointRegistry registry) {
    registry.addEndpoint("/ws/chat");
  }

  @Override
  public void configureMessageBroker(MessageBrokerRegistry registry) {
    registry
        .enableSimpleBroker("/topic")
        .setHeartbeatValue(new long[] {10000, 10000})
        .setTaskScheduler(heartbeats());
    registry.setApplicationDestinationPrefixes("/app");
    registry.setPreservePublishOrder(true);
    registry.setCacheLimit(DESTINATION_CACHE);
  }

  @Override
  public void configureClientInboundChannel(ChannelRegistration registration) {
    registration.interceptors(access);
    registration.taskExecutor().corePoolSize(INBOUND_THREADS).maxPoolSize(INBOUND_THREADS);
  }

  @Override
  public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
    registration
        .setMessageSizeLimit(MAX_FRAME)
        .setSendBufferSizeLimit(MAX_FRAME)
        .addDecoratorFactory(TakesPartialMessages::new);
  }

  /** The buffer of each connection: a text frame larger than this arrives in parts. */
  @Bean
  ServletServerContainerFactoryBean webSocketContainer() {
    ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
    container.setMaxTextMessageBufferSize(CONNECTION_BUFFER);
    container.setMaxBinaryMessageBufferSize(CONNECTION_BUFFER);
    return container;
  }

  /**
   * STOMP decoding buffers an incomplete frame until the rest arrives, so the handler can take a
   * message in parts instead of needing a buffer as large as the largest frame.
   */
  static final class TakesPartialMessages extends WebSocketHandlerDecorator {

    TakesPartialMessages(WebSocketHandler delegate) {
      super(delegate);
    }

    @Override
    public boolean supportsPartialMessages() {
      return true;
    }
  }

  private static org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler heartbeats() {
    var scheduler = new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler();
    scheduler.setPoolSize(1);
    scheduler.setThreadNamePrefix("chat-heartbeat-");
    scheduler.initialize();
    return scheduler;
  }
}
