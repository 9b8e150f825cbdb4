/**
 * Clavardage: live chat between citizens and I&amp;R specialists, with a queue routed by language
 * and territory, a specialist console, and every message stored with a per-chat sequence number
 * before it is acknowledged. It leaves the module as {@link ca.repere.chat.ChatEnded} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chat")
package ca.repere.chat;
