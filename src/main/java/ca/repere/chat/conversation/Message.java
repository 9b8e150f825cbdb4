package ca.repere.chat.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored message. {@code seq} is its place in the chat (1, 2, 3… with no gap), which is how a
 * client that reconnects asks for what it missed and drops what it already has.
 *
 * @param kind "text", "card" (a shared service; {@code serviceId} set, {@code body} its summary) or
 *     "event" (joined, transferred, ended: {@code body} is a message key)
 * @param clientId the sender's own id for the message, so a resend is recognized
 */
public record Message(
    UUID chatId,
    long seq,
    Sender sender,
    String kind,
    String authorName,
    String body,
    UUID serviceId,
    String clientId,
    Instant createdAt) {}
