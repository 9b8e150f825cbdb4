package ca.repere.chat.delivery;

/**
 * Delivers signals to the clients connected to this node (WebSocket subscribers, long polls,
 * server-sent event streams). Called on the fan-out thread, in commit order: return quickly.
 */
public interface ChatSignalListener {

  void on(ChatSignal signal);
}
