/*
 * The citizen's chat: start (language, place, consent), queue position and wait, messages with
 * their delivery state, typing, end and transcript. The chat's id and token stay in this tab's
 * sessionStorage, so a reload or a lost connection resumes the same conversation.
 */
(function () {
  'use strict';

  const root = document.getElementById('chat');
  if (!root) {
    return;
  }
  const text = root.dataset;
  const STORE = 'repere-chat';
  const pending = new Map();
  let connection = null;
  let chat = null;
  let typingTimer = null;

  function format(pattern, value) {
    return pattern.replace('{0}', value);
  }

  function el(tag, className, content) {
    const element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (content !== undefined && content !== null) {
      element.textContent = content;
    }
    return element;
  }

  function show(id, message) {
    const element = document.getElementById(id);
    element.textContent = message || '';
    element.hidden = !message;
  }

  // ---- start ----
  const startForm = document.getElementById('chat-start');
  if (startForm) {
    startForm.addEventListener('submit', async function (event) {
      event.preventDefault();
      const place = document.getElementById('chat-place');
      const consent = document.getElementById('chat-consent');
      show('chat-place-error', '');
      show('chat-consent-error', '');
      place.removeAttribute('aria-invalid');
      consent.removeAttribute('aria-invalid');
      const language = startForm.querySelector('input[name=language]:checked').value;
      const response = await fetch('/api/chat?lang=' + text.lang, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ language: language, place: place.value, consent: consent.checked })
      });
      const body = await response.json();
      if (!response.ok) {
        const field = body.field === 'place' ? place : consent;
        show(field === place ? 'chat-place-error' : 'chat-consent-error', body.error);
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', field === place ? 'chat-place-hint chat-place-error' : 'chat-consent-text chat-consent-error');
        field.focus();
        return;
      }
      chat = { chatId: body.chatId, token: body.token };
      sessionStorage.setItem(STORE, JSON.stringify(chat));
      enterRoom(body.state);
    });
  }

  // ---- the conversation ----
  function enterRoom(state) {
    if (startForm) {
      startForm.hidden = true;
    }
    const room = document.getElementById('chat-room');
    room.hidden = false;
    const params = new URLSearchParams(location.search);
    connection = new ChatConnection({
      chatId: chat.chatId,
      token: chat.token,
      transport: params.get('transport') === 'poll' ? 'poll' : 'auto',
      urls: {
        send: '/api/chat/' + chat.chatId + '/messages?lang=' + text.lang,
        typing: '/api/chat/' + chat.chatId + '/typing',
        received: '/api/chat/' + chat.chatId + '/received'
      },
      onMessage: addMessage,
      onState: showState,
      onTyping: showTyping,
      onSendState: sendState,
      onConnection: function (up) {
        document.getElementById('chat-connection').textContent = up ? '' : text.lost;
      }
    });
    if (state) {
      showState(state);
    }
    connection.start();
    document.getElementById('chat-text').focus();
  }

  function addMessage(message) {
    const log = document.getElementById('chat-log');
    let item = message.clientId ? pending.get(message.clientId) : null;
    if (item) {
      pending.delete(message.clientId);
    } else {
      item = el('li', 'message ' + message.sender + ' ' + message.kind);
      log.appendChild(item);
    }
    item.textContent = '';
    item.dataset.seq = message.seq;
    place(log, item, message.seq);
    if (message.kind === 'event') {
      item.appendChild(el('span', 'event-text', message.text));
      return;
    }
    const who = message.sender === 'citizen' ? text.you : (message.author || '211');
    item.appendChild(el('span', 'author', who));
    if (message.kind === 'card') {
      const card = el('div', 'service-card');
      const lines = message.text.split('\n');
      card.appendChild(el('strong', null, lines[0]));
      lines.slice(1).forEach(function (line) { card.appendChild(el('span', null, line)); });
      const link = el('a', null, text.cardOpen);
      link.href = '/service/' + message.serviceId + '?lang=' + text.lang;
      link.target = '_blank';
      link.rel = 'noopener';
      card.appendChild(link);
      item.appendChild(card);
    } else {
      item.appendChild(el('p', 'body', message.text));
    }
    if (message.sender === 'citizen') {
      item.appendChild(el('span', 'delivery', text.sent));
    }
    markDelivered();
    hideTyping();
  }

  /**
   * Keeps the log in sequence order, as the specialist and the transcript see it, with messages
   * still being sent last: one written during a network loss moves after what arrived meanwhile.
   */
  function place(log, item, seq) {
    const next = Array.prototype.find.call(log.children, function (other) {
      return other !== item && (!other.dataset.seq || Number(other.dataset.seq) > seq);
    });
    if (next) {
      log.insertBefore(item, next);
    } else if (item.parentNode !== log || item !== log.lastElementChild) {
      log.appendChild(item);
    }
  }

  function sendState(clientId, state, detail) {
    const item = pending.get(clientId);
    if (state === 'rejected') {
      show('chat-send-error', detail);
      if (item) {
        item.remove();
        pending.delete(clientId);
      }
      return;
    }
    if (item && state !== 'sent') {
      item.querySelector('.delivery').textContent = state === 'failed' ? text.failed : text.sending;
    }
  }

  function markDelivered() {
    const received = connection && connection.lastState ? connection.lastState.staffReceived : 0;
    document.querySelectorAll('#chat-log li.citizen[data-seq]').forEach(function (item) {
      if (Number(item.dataset.seq) <= received) {
        item.querySelector('.delivery').textContent = text.delivered;
      }
    });
  }

  function showState(state) {
    const status = document.getElementById('chat-status');
    let line;
    if (state.status === 'queued') {
      line = format(text.position, state.position) + ' ' +
        (state.waitMinutes ? format(text.wait, state.waitMinutes) : text.waitUnknown);
    } else if (state.status === 'active') {
      line = format(text['with'], state.specialist || '211');
    } else {
      line = text.ended;
      sessionStorage.removeItem(STORE);
      document.getElementById('chat-text').disabled = true;
      document.querySelector('#chat-send button').disabled = true;
      document.getElementById('chat-end').disabled = true;
    }
    if (status.textContent !== line) {
      status.textContent = line;
    }
    markDelivered();
  }

  function showTyping(side) {
    if (side !== 'specialist') {
      return;
    }
    document.getElementById('chat-typing').textContent = text.typing;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, 4000);
  }

  function hideTyping() {
    document.getElementById('chat-typing').textContent = '';
  }

  const sendForm = document.getElementById('chat-send');
  const input = document.getElementById('chat-text');
  sendForm.addEventListener('submit', function (event) {
    event.preventDefault();
    const value = input.value;
    if (!value.trim() || !connection) {
      return;
    }
    show('chat-send-error', '');
    const clientId = connection.send(value);
    const item = el('li', 'message citizen text');
    item.appendChild(el('span', 'author', text.you));
    item.appendChild(el('p', 'body', value));
    item.appendChild(el('span', 'delivery', text.sending));
    document.getElementById('chat-log').appendChild(item);
    if (!item.dataset.seq) {
      pending.set(clientId, item);
    }
    input.value = '';
    updateCounter();
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      sendForm.requestSubmit();
    }
  });
  input.addEventListener('input', function () {
    updateCounter();
    if (connection) {
      connection.typing();
    }
  });

  function updateCounter() {
    document.querySelector('#chat-counter .count').textContent = input.value.length;
  }

  document.getElementById('chat-end').addEventListener('click', async function () {
    if (!connection || !window.confirm(text.confirmEnd)) {
      return;
    }
    await fetch('/api/chat/' + chat.chatId + '/end', { method: 'POST', headers: { 'X-Chat-Token': chat.token } });
  });

  document.getElementById('chat-transcript').addEventListener('click', async function () {
    if (!chat) {
      return;
    }
    const response = await fetch('/api/chat/' + chat.chatId + '/transcript?lang=' + text.lang, { headers: { 'X-Chat-Token': chat.token } });
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'clavardage-211.txt';
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  const saved = sessionStorage.getItem(STORE);
  if (saved && startForm) {
    chat = JSON.parse(saved);
    enterRoom(null);
  }
})();
