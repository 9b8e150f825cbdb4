package ca.repere.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * STOMP over WebSocket at {@code /ws/chat}, same origin only (the widget on partner sites is an
 * iframe of this site). Each node's simple broker serves the clients connected to it; {@code
 * ChatFanOut} feeds it from PostgreSQL, so no shared broker and no sticky sessions are needed.
 * Frames are allowed up to 512 KB so that an oversized message is refused with a reason instead of
 * a dropped connection.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

  static final int MAX_FRAME = 512 * 1024;

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
  }

  @Override
  public void configureClientInboundChannel(ChannelRegistration registration) {
    registration.interceptors(access);
  }

  @Override
  public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
    registration.setMessageSizeLimit(MAX_FRAME).setSendBufferSizeLimit(MAX_FRAME);
  }

  @Bean
  ServletServerContainerFactoryBean webSocketContainer() {
    ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
    container.setMaxTextMessageBufferSize(MAX_FRAME);
    return container;
  }

  private static org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler heartbeats() {
    var scheduler = new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler();
    scheduler.setPoolSize(1);
    scheduler.setThreadNamePrefix("chat-heartbeat-");
    scheduler.initialize();
    return scheduler;
  }
}
