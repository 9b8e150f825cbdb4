/*
 * One chat's connection, for the citizen's widget and the specialist's console. Messages arrive in
 * order and exactly once: each has a sequence number, anything already seen is dropped, and a gap
 * (a message missed while reconnecting, a server restart) is filled by asking for everything after
 * the last number received. Receives over STOMP/WebSocket, or by long polling when WebSocket is
 * blocked (or ?transport=poll); sends with a POST that is retried with the same id until stored.
 */
(function () {
  'use strict';

  function newId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function wait(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  class ChatConnection {
    /**
     * options: chatId; token (citizen) or csrf {header, token} (staff); urls {send, typing,
     * received}; after; transport ('auto' or 'poll'); callbacks onMessage(m), onState(s),
     * onTyping(side), onSendState(clientId, state, detail), onConnection(up).
     */
    constructor(options) {
      this.options = options;
      this.chatId = options.chatId;
      this.last = options.after || 0;
      this.stopped = false;
      this.catchingUp = false;
      this.catchUpAgain = false;
      this.lastTyping = 0;
    }

    start() {
      const poll = this.options.transport === 'poll' || !window.StompJs || !window.WebSocket;
      if (poll) {
        this.poll();
      } else {
        this.stomp();
      }
    }

    stop() {
      this.stopped = true;
      if (this.client) {
        this.client.deactivate();
      }
    }

    headers(json) {
      const headers = json ? { 'Content-Type': 'application/json' } : {};
      if (this.options.token) {
        headers['X-Chat-Token'] = this.options.token;
      }
      if (this.options.csrf) {
        headers[this.options.csrf.header] = this.options.csrf.token;
      }
      return headers;
    }

    eventsUrl(waitForNews) {
      return '/api/chat/' + this.chatId + '/events?after=' + this.last + (waitForNews ? '&wait=true' : '');
    }

    stomp() {
      this.mode = 'stomp';
      let failures = 0;
      const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/chat';
      const client = new StompJs.Client({
        brokerURL: url, reconnectDelay: 1000, heartbeatIncoming: 10000, heartbeatOutgoing: 10000
      });
      client.debug = function () {};
      client.onConnect = () => {
        failures = 0;
        this.connection(true);
        const headers = this.options.token ? { token: this.options.token } : {};
        client.subscribe('/topic/chat.' + this.chatId, (frame) => this.frame(JSON.parse(frame.body)), headers);
        this.catchUp();
      };
      const lost = () => {
        if (this.stopped || this.mode !== 'stomp') {
          return;
        }
        this.connection(false);
        failures += 1;
        if (failures >= 3) {
          this.mode = 'poll';
          client.deactivate();
          this.poll();
        }
      };
      client.onWebSocketClose = lost;
      client.onStompError = lost;
      this.client = client;
      client.activate();
    }

    frame(frame) {
      if (frame.type === 'message') {
        this.accept([frame.message]);
      } else if (frame.type === 'state') {
        this.state(frame.state);
      } else if (frame.type === 'typing') {
        this.options.onTyping && this.options.onTyping(frame.side);
      } else if (frame.type === 'rejected') {
        this.options.onSendState && this.options.onSendState(frame.clientId, 'rejected', frame.error);
      }
    }

    /** Takes messages in sequence order; drops what was already seen; fills any gap. */
    accept(messages) {
      const sorted = messages.slice().sort((a, b) => a.seq - b.seq);
      for (const message of sorted) {
        if (message.seq <= this.last) {
          continue;
        }
        if (message.seq > this.last + 1) {
          this.catchUp();
          return;
        }
        this.last = message.seq;
        this.options.onMessage && this.options.onMessage(message);
        if (message.clientId && this.options.onSendState) {
          this.options.onSendState(message.clientId, 'sent', message);
        }
      }
      this.acknowledge();
    }

    state(state) {
      this.lastState = state;
      this.options.onState && this.options.onState(state);
      if (state.lastSeq > this.last) {
        this.catchUp();
      }
    }

    /** Asks for everything after the last message received (after a reconnection or a gap). */
    async catchUp() {
      if (this.catchingUp) {
        this.catchUpAgain = true;
        return;
      }
      this.catchingUp = true;
      try {
        do {
          this.catchUpAgain = false;
          const response = await fetch(this.eventsUrl(false), { headers: this.headers(false), credentials: 'same-origin' });
          if (response.ok) {
            const body = await response.json();
            this.accept(body.messages);
            this.options.onState && this.options.onState(body.state);
            if (body.messages.length === 500) {
              this.catchUpAgain = true;
            }
          }
        } while (this.catchUpAgain && !this.stopped);
      } catch (e) {
        this.connection(false);
      } finally {
        this.catchingUp = false;
      }
    }

    async poll() {
      let delay = 1000;
      while (!this.stopped) {
        try {
          const response = await fetch(this.eventsUrl(true), { headers: this.headers(false), credentials: 'same-origin' });
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          const body = await response.json();
          this.connection(true);
          delay = 1000;
          this.accept(body.messages);
          this.lastState = body.state;
          this.options.onState && this.options.onState(body.state);
          if (body.typing) {
            this.options.onTyping && this.options.onTyping(body.typing);
          }
          if (body.state.status === 'ended' && body.state.lastSeq <= this.last) {
            return;
          }
        } catch (e) {
          this.connection(false);
          await wait(delay);
          delay = Math.min(delay * 2, 5000);
        }
      }
    }

    connection(up) {
      if (this.up !== up) {
        this.up = up;
        this.options.onConnection && this.options.onConnection(up);
      }
    }

    /** Sends a text; retried with the same id (so never stored twice) until the server answers. */
    send(text) {
      const clientId = newId();
      this.deliver(text, clientId);
      return clientId;
    }

    async deliver(text, clientId) {
      const notify = (state, detail) => this.options.onSendState && this.options.onSendState(clientId, state, detail);
      notify('sending');
      for (let attempt = 0; !this.stopped; attempt++) {
        try {
          const response = await fetch(this.options.urls.send, {
            method: 'POST', headers: this.headers(true), credentials: 'same-origin',
            body: JSON.stringify({ text: text, clientId: clientId })
          });
          const body = await response.json().catch(() => ({}));
          if (response.ok) {
            this.accept([body]);
            notify('sent', body);
            return;
          }
          if (response.status < 500) {
            notify('rejected', body.error || ('HTTP ' + response.status));
            return;
          }
        } catch (e) {
          // network down or server restarting: try again with the same id
        }
        notify('failed');
        await wait(Math.min(1000 * (attempt + 1), 5000));
      }
    }

    /** Tells the server what was received (at most twice a second), for "delivered" on the other side. */
    acknowledge() {
      if (this.ackTimer || !this.options.urls.received) {
        return;
      }
      this.ackTimer = setTimeout(() => {
        this.ackTimer = null;
        fetch(this.options.urls.received, {
          method: 'POST', headers: this.headers(true), credentials: 'same-origin',
          body: JSON.stringify({ seq: this.last })
        }).catch(() => {});
      }, 500);
    }

    /** Says "typing" at most every 3 seconds. */
    typing() {
      const now = Date.now();
      if (now - this.lastTyping < 3000 || !this.options.urls.typing) {
        return;
      }
      this.lastTyping = now;
      fetch(this.options.urls.typing, { method: 'POST', headers: this.headers(true), credentials: 'same-origin' })
        .catch(() => {});
    }
  }

  window.ChatConnection = ChatConnection;
})();
