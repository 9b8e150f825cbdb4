/*
 * The specialist console: availability, the queue, accepting, one tab per chat (messages, canned
 * replies, directory search and sharing, private notes, transfer, close into the contact record).
 * The console refreshes its lists whenever /topic/staff says something moved (or every 3 s when
 * WebSocket is unavailable); each chat has its own ChatConnection.
 */
(function () {
  'use strict';

  const root = document.getElementById('console');
  if (!root) {
    return;
  }
  const text = root.dataset;
  const csrf = { header: root.dataset.csrfHeader, token: root.dataset.csrf };
  const tabs = document.getElementById('chat-tabs');
  const panels = document.getElementById('chat-panels');
  const open = new Map();
  const pollOnly = new URLSearchParams(location.search).get('transport') === 'poll';
  let state = null;
  let availabilityShown = false;
  let refreshTimer = null;

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

  function status(message) {
    document.getElementById('console-status').textContent = message || '';
  }

  async function call(url, body) {
    const headers = { 'Content-Type': 'application/json' };
    headers[csrf.header] = csrf.token;
    const response = await fetch(url, {
      method: 'POST', headers: headers, credentials: 'same-origin',
      body: body === undefined ? '{}' : JSON.stringify(body)
    });
    const answer = response.status === 204 ? {} : await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(answer.error || ('HTTP ' + response.status));
    }
    return answer;
  }

  // ---- refresh: availability, queue, tabs ----
  async function refresh() {
    const response = await fetch('/staff/clavardage/etat', { credentials: 'same-origin' });
    if (!response.ok) {
      return;
    }
    state = await response.json();
    if (!availabilityShown) {
      showAvailability(state.me);
      availabilityShown = true;
    }
    showQueue(state.queue);
    showChats(state.chats);
  }

  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 150);
  }

  function showAvailability(me) {
    document.getElementById('available').checked = me.available;
    document.getElementById('max-chats').value = me.maxChats;
    document.querySelectorAll('#availability input[name=languages]').forEach(function (box) {
      box.checked = me.languages.indexOf(box.value) >= 0;
    });
    document.getElementById('regions').value = me.regions.join(', ');
  }

  function showQueue(queue) {
    const rows = document.getElementById('queue-rows');
    rows.textContent = '';
    if (queue.length === 0) {
      const row = el('tr');
      const cell = el('td', null, text.queueEmpty);
      cell.colSpan = 4;
      row.appendChild(cell);
      rows.appendChild(row);
    }
    queue.forEach(function (chat) {
      const row = el('tr');
      row.appendChild(el('td', null, chat.language));
      row.appendChild(el('td', null, chat.place || '—'));
      row.appendChild(el('td', null, text.seconds.replace('{0}', chat.waitingSeconds)));
      row.appendChild(el('td', null, chat.servable ? text.yes : ''));
      rows.appendChild(row);
    });
  }

  function showChats(chats) {
    document.getElementById('no-chats').hidden = chats.length > 0;
    const mine = new Set(chats.map(function (c) { return c.chatId; }));
    open.forEach(function (entry, chatId) {
      if (!mine.has(chatId)) {
        entry.connection.stop();
        entry.tab.remove();
        entry.panel.remove();
        open.delete(chatId);
      }
    });
    let crisis = false;
    chats.forEach(function (chat) {
      const entry = open.get(chat.chatId) || openChat(chat);
      entry.panel.querySelector('.panel-crisis').hidden = !chat.crisis;
      entry.tab.classList.toggle('crisis', chat.crisis);
      crisis = crisis || chat.crisis;
      fillColleagues(entry);
    });
    document.getElementById('crisis-alert').hidden = !crisis;
    if (!tabs.querySelector('[aria-selected=true]') && tabs.firstElementChild) {
      select(tabs.firstElementChild.dataset.chat);
    }
  }

  // ---- one chat ----
  function openChat(chat) {
    const id = chat.chatId;
    const tab = el('button', 'chat-tab', (chat.place || '—') + ' · ' + chat.language);
    tab.type = 'button';
    tab.id = 'tab-' + id;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', 'panel-' + id);
    tab.setAttribute('aria-selected', 'false');
    tab.tabIndex = -1;
    tab.dataset.chat = id;
    tab.addEventListener('click', function () { select(id); });
    tab.addEventListener('keydown', tabKeys);
    tabs.appendChild(tab);

    const panel = document.getElementById('chat-panel').content.firstElementChild.cloneNode(true);
    panel.id = 'panel-' + id;
    panel.setAttribute('aria-labelledby', tab.id);
    panel.hidden = true;
    panel.querySelectorAll('[data-id]').forEach(function (field) { field.id = field.dataset.id + '-' + id; });
    panel.querySelectorAll('[data-for]').forEach(function (label) { label.htmlFor = label.dataset.for + '-' + id; });
    panels.appendChild(panel);

    const entry = { chat: chat, tab: tab, panel: panel, pending: new Map() };
    entry.connection = new ChatConnection({
      chatId: id,
      csrf: csrf,
      transport: pollOnly ? 'poll' : 'auto',
      urls: {
        send: '/staff/clavardage/chats/' + id + '/messages',
        typing: '/staff/clavardage/chats/' + id + '/ecrit',
        received: '/staff/clavardage/chats/' + id + '/recu'
      },
      onMessage: function (m) { addMessage(entry, m); },
      onState: function (s) { entry.state = s; markDelivered(entry); },
      onTyping: function (side) { showTyping(entry, side); },
      onSendState: function (clientId, sendState, detail) { sendStateOf(entry, clientId, sendState, detail); }
    });
    entry.connection.start();
    wirePanel(entry);
    loadNotes(entry);
    open.set(id, entry);
    return entry;
  }

  function select(chatId) {
    open.forEach(function (entry, id) {
      const selected = id === chatId;
      entry.tab.setAttribute('aria-selected', String(selected));
      entry.tab.tabIndex = selected ? 0 : -1;
      entry.panel.hidden = !selected;
    });
  }

  function tabKeys(event) {
    const all = Array.from(tabs.querySelectorAll('[role=tab]'));
    const index = all.indexOf(event.target);
    let next = null;
    if (event.key === 'ArrowRight') {
      next = all[(index + 1) % all.length];
    } else if (event.key === 'ArrowLeft') {
      next = all[(index - 1 + all.length) % all.length];
    }
    if (next) {
      event.preventDefault();
      select(next.dataset.chat);
      next.focus();
    }
  }

  function addMessage(entry, message) {
    const log = entry.panel.querySelector('.chat-log');
    let item = message.clientId ? entry.pending.get(message.clientId) : null;
    if (item) {
      entry.pending.delete(message.clientId);
    } else {
      item = el('li', 'message ' + message.sender + ' ' + message.kind);
      log.appendChild(item);
    }
    item.textContent = '';
    item.dataset.seq = message.seq;
    if (message.kind !== 'event') {
      item.appendChild(el('span', 'author', message.sender === 'citizen' ? '👤' : (message.author || '211')));
    }
    if (message.kind === 'card') {
      const card = el('div', 'service-card');
      const lines = message.text.split('\n');
      card.appendChild(el('strong', null, lines[0]));
      lines.slice(1).forEach(function (line) { card.appendChild(el('span', null, line)); });
      item.appendChild(card);
    } else {
      item.appendChild(el('p', 'body', message.text));
    }
    if (message.sender === 'specialist') {
      item.appendChild(el('span', 'delivery', text.sent));
    }
    if (message.sender === 'citizen') {
      entry.panel.querySelector('.chat-typing').textContent = '';
    }
    markDelivered(entry);
    log.scrollTop = log.scrollHeight;
  }

  function markDelivered(entry) {
    const received = entry.state ? entry.state.citizenReceived : 0;
    entry.panel.querySelectorAll('.chat-log li.specialist[data-seq]').forEach(function (item) {
      const delivery = item.querySelector('.delivery');
      if (delivery && Number(item.dataset.seq) <= received) {
        delivery.textContent = text.delivered;
      }
    });
  }

  function showTyping(entry, side) {
    if (side !== 'citizen') {
      return;
    }
    const line = entry.panel.querySelector('.chat-typing');
    line.textContent = text.typing;
    clearTimeout(entry.typingTimer);
    entry.typingTimer = setTimeout(function () { line.textContent = ''; }, 4000);
  }

  function sendStateOf(entry, clientId, sendState, detail) {
    const item = entry.pending.get(clientId);
    if (sendState === 'rejected') {
      entry.panel.querySelector('.send-error').textContent = detail;
      if (item) {
        item.remove();
        entry.pending.delete(clientId);
      }
    } else if (item && sendState !== 'sent') {
      item.querySelector('.delivery').textContent = sendState === 'failed' ? text.failed : text.sending;
    }
  }

  function wirePanel(entry) {
    const id = entry.chat.chatId;
    const panel = entry.panel;
    const input = panel.querySelector('.chat-send textarea');
    panel.querySelector('.chat-send').addEventListener('submit', function (event) {
      event.preventDefault();
      if (!input.value.trim()) {
        return;
      }
      panel.querySelector('.send-error').textContent = '';
      const value = input.value;
      const clientId = entry.connection.send(value);
      const item = el('li', 'message specialist text');
      item.appendChild(el('p', 'body', value));
      item.appendChild(el('span', 'delivery', text.sending));
      panel.querySelector('.chat-log').appendChild(item);
      entry.pending.set(clientId, item);
      input.value = '';
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        panel.querySelector('.chat-send').requestSubmit();
      }
    });
    input.addEventListener('input', function () { entry.connection.typing(); });

    const canned = panel.querySelector('select[data-id=canned]');
    (state ? state.canned : []).slice().sort(function (a, b) {
      return (a.language === entry.chat.language ? 0 : 1) - (b.language === entry.chat.language ? 0 : 1);
    }).forEach(function (reply) {
      const option = el('option', null, '[' + reply.language + '] ' + reply.title);
      option.value = reply.body;
      canned.appendChild(option);
    });
    panel.querySelector('.insert-canned').addEventListener('click', function () {
      input.value = (input.value ? input.value + ' ' : '') + canned.value;
      input.focus();
    });

    panel.querySelector('.directory-search').addEventListener('submit', async function (event) {
      event.preventDefault();
      const q = panel.querySelector('input[data-id=q]').value;
      const where = panel.querySelector('input[data-id=where]').value || entry.chat.place || '';
      const response = await fetch('/staff/clavardage/recherche?q=' + encodeURIComponent(q) +
        '&where=' + encodeURIComponent(where) + '&lang=' + entry.chat.language, { credentials: 'same-origin' });
      const hits = response.ok ? await response.json() : [];
      const list = panel.querySelector('.search-results');
      list.textContent = '';
      if (hits.length === 0) {
        list.appendChild(el('li', null, text.searchNone));
      }
      hits.forEach(function (hit) {
        const item = el('li', 'search-hit');
        item.appendChild(el('strong', null, hit.name));
        item.appendChild(el('span', null, [hit.organization, hit.phone].filter(Boolean).join(' · ')));
        const share = el('button', 'secondary share', text.share);
        share.type = 'button';
        share.setAttribute('aria-label', text.share + ' : ' + hit.name);
        share.addEventListener('click', async function () {
          try {
            await call('/staff/clavardage/chats/' + id + '/partager', { serviceId: hit.serviceId });
          } catch (e) {
            status(e.message);
          }
        });
        item.appendChild(share);
        list.appendChild(item);
      });
    });

    panel.querySelector('.add-note').addEventListener('click', async function () {
      const note = panel.querySelector('textarea[data-id=note]');
      if (!note.value.trim()) {
        return;
      }
      const notes = await call('/staff/clavardage/chats/' + id + '/notes', { text: note.value });
      note.value = '';
      showNotes(entry, notes);
    });

    panel.querySelector('.transfer').addEventListener('submit', async function (event) {
      event.preventDefault();
      try {
        await call('/staff/clavardage/chats/' + id + '/transfert', {
          to: panel.querySelector('select[data-id=to]').value,
          note: panel.querySelector('textarea[data-id=transfer-note]').value
        });
        refresh();
      } catch (e) {
        status(e.message);
      }
    });

    panel.querySelector('.close-chat').addEventListener('click', async function () {
      try {
        const answer = await call('/staff/clavardage/chats/' + id + '/fin');
        location.href = answer.contactForm;
      } catch (e) {
        status(e.message);
      }
    });
  }

  function fillColleagues(entry) {
    const select = entry.panel.querySelector('select[data-id=to]');
    const chosen = select.value;
    select.textContent = '';
    state.colleagues.forEach(function (colleague) {
      const option = el('option', null, colleague.displayName + ' (' + colleague.active + '/' + colleague.maxChats + ')');
      option.value = colleague.id;
      select.appendChild(option);
    });
    if (chosen) {
      select.value = chosen;
    }
  }

  async function loadNotes(entry) {
    const response = await fetch('/staff/clavardage/chats/' + entry.chat.chatId + '/notes', { credentials: 'same-origin' });
    if (response.ok) {
      showNotes(entry, await response.json());
    }
  }

  function showNotes(entry, notes) {
    const list = entry.panel.querySelector('.note-list');
    list.textContent = '';
    notes.forEach(function (note) {
      list.appendChild(el('li', null, note.authorName + ' : ' + note.body));
    });
  }

  // ---- availability and accepting ----
  document.getElementById('availability').addEventListener('submit', async function (event) {
    event.preventDefault();
    const languages = Array.from(document.querySelectorAll('#availability input[name=languages]:checked'))
      .map(function (box) { return box.value; });
    const regions = document.getElementById('regions').value.split(',')
      .map(function (r) { return r.trim(); }).filter(Boolean);
    try {
      await call('/staff/clavardage/disponibilite', {
        available: document.getElementById('available').checked,
        maxChats: Number(document.getElementById('max-chats').value),
        languages: languages, regions: regions
      });
      status(text.saved);
      refresh();
    } catch (e) {
      status(e.message);
    }
  });

  document.getElementById('accept').addEventListener('click', async function () {
    try {
      const chat = await call('/staff/clavardage/suivant');
      await refresh();
      select(chat.chatId);
      document.getElementById('tab-' + chat.chatId).focus();
    } catch (e) {
      status(e.message);
    }
  });

  // ---- live updates ----
  function listen() {
    if (pollOnly || !window.StompJs || !window.WebSocket) {
      setInterval(refresh, 3000);
      return;
    }
    const client = new StompJs.Client({
      brokerURL: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/chat',
      reconnectDelay: 1000
    });
    client.debug = function () {};
    client.onConnect = function () {
      client.subscribe('/topic/staff', scheduleRefresh);
      refresh();
    };
    client.activate();
  }

  refresh().then(listen);
})();
