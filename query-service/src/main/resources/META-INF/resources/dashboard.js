// The query-service dashboard: plain JS, no build step, nothing fetched but this service's own API.
(function () {
  'use strict';

  const PALETTE = ['#2e86de', '#e67e22', '#27ae60', '#c0392b', '#8e44ad', '#16a085', '#d35400', '#2c3e50',
    '#f1c40f', '#7f8c8d', '#e84393', '#00b894'];
  const SVG = 'http://www.w3.org/2000/svg';
  const PAGE = 30;
  const state = { theme: '', country: '', q: '', from: '', to: '', person: '', organisation: '', next: null,
    source: null, refresh: null };
  const $ = (id) => document.getElementById(id);

  function color(theme) {
    let h = 0;
    for (const ch of theme) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return PALETTE[h % PALETTE.length];
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k === 'style') node.setAttribute('style', v);
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c != null) node.append(c);
    return node;
  }

  function filterParams(withTime) {
    const p = new URLSearchParams();
    for (const key of ['theme', 'country', 'q', 'person', 'organisation']) if (state[key]) p.set(key, state[key]);
    if (withTime) {
      if (state.from) p.set('from', state.from);
      if (state.to) p.set('to', state.to);
    }
    return p;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try {
        const problem = await response.json();
        detail = (problem.field ? problem.field + ': ' : '') + (problem.detail || detail);
      } catch (e) { /* not problem+json */ }
      throw new Error(detail);
    }
    return response.json();
  }

  // An article without a title (plain text whose first line is the lead) is shown by its lead: the first sentence,
  // or its first words.
  function lead(text) {
    const flat = (text || '').replace(/\s+/g, ' ').trim();
    const end = flat.search(/[.!?](\s|$)/);
    if (end > 0 && end < 200) return flat.slice(0, end + 1);
    if (flat.length <= 140) return flat;
    const cut = flat.lastIndexOf(' ', 140);
    return flat.slice(0, cut > 70 ? cut : 140) + '…';
  }

  function headline(a, text) {
    return a.title ? { text: a.title, untitled: false } : { text: lead(text) || '(untitled)', untitled: true };
  }

  function showError(error) {
    $('error').textContent = error ? error.message : '';
  }

  // ---- themes sidebar and select ----
  async function loadThemes() {
    const themes = await getJson('/api/v1/themes');
    const list = $('themes');
    list.replaceChildren(...themes.map((t) => el('li', null,
      el('button', {
        type: 'button', class: 'theme' + (state.theme === t.theme ? ' active' : ''), 'data-theme': t.theme,
        onclick: () => applyTheme(state.theme === t.theme ? '' : t.theme),
      }, el('span', null, t.label || t.theme), el('span', { class: 'count' }, String(t.articles))))));
    const select = $('f-theme');
    const current = state.theme;
    select.replaceChildren(el('option', { value: '' }, 'any'),
      ...themes.map((t) => el('option', { value: t.theme }, t.label || t.theme)));
    select.value = current;
  }

  function applyTheme(theme) {
    state.theme = theme;
    $('f-theme').value = theme;
    for (const b of document.querySelectorAll('#themes button')) {
      b.classList.toggle('active', b.dataset.theme === theme);
    }
    reload();
  }

  // ---- who is named most: people and organisations of the filtered articles; a click filters by one ----
  async function loadNames() {
    const p = filterParams(true);
    p.set('limit', '8');
    const [people, organisations] = await Promise.all([getJson('/api/v1/stats/people?' + p),
      getJson('/api/v1/stats/organisations?' + p)]);
    showNames('people', 'person', people);
    showNames('organisations', 'organisation', organisations);
  }

  /** A list of top names and, in its heading, the window they are counted over (unlike the theme list's all). */
  function showNames(listId, key, answer) {
    $(listId + '-range').textContent = answer.from.slice(0, 10) + ' – ' + answer.to.slice(0, 10);
    const items = answer.names.map((n) => el('li', null, el('button', {
      type: 'button', class: state[key].toLowerCase() === n.name.toLowerCase() ? 'active' : '', 'data-name': n.name,
      onclick: () => { state[key] = state[key].toLowerCase() === n.name.toLowerCase() ? '' : n.name; reload(); },
    }, el('span', null, n.name), el('span', { class: 'count' }, String(n.articles)))));
    $(listId).replaceChildren(...(items.length ? items : [el('li', { class: 'empty' }, 'none named')]));
  }

  // ---- articles ----
  function articleItem(a, isNew) {
    const head = headline(a, a.snippet);
    const when = a.publishedAt || a.ingestedAt;
    const chips = el('div', { class: 'chips' },
      ...a.themes.map((t) => el('button', {
        type: 'button', class: 'chip', 'data-theme': t.theme, style: '--c:' + color(t.theme),
        title: 'show the evidence for ' + (t.label || t.theme),
        onclick: (e) => { e.stopPropagation(); showDetail(a.id, t.theme); },
      }, t.label || t.theme)),
      ...(a.countries || []).map((c) => el('span', { class: 'country' }, c)),
      a.storyId ? el('button', {
        type: 'button', class: 'story-link', 'data-story': a.storyId,
        title: a.duplicateOf ? 'a copy of an earlier article: show its story' : 'show the articles of this story',
        onclick: (e) => { e.stopPropagation(); showStory(a.storyId); },
      }, a.duplicateOf ? 'copy · story' : 'story') : null);
    return el('li', { class: 'article' + (isNew ? ' new' : ''), 'data-id': a.id, onclick: () => showDetail(a.id, null) },
      el('div', { class: 'title' + (head.untitled ? ' untitled' : '') }, head.text),
      el('div', { class: 'meta' }, [a.source, a.language, when ? new Date(when).toISOString().slice(0, 16).replace('T', ' ')
        : null, a.tone == null ? null : 'tone ' + signed(a.tone)].filter(Boolean).join(' · ')),
      chips);
  }

  async function loadArticles(more) {
    const p = filterParams(true);
    p.set('limit', String(PAGE));
    if (more && state.next) p.set('cursor', state.next);
    const page = await getJson('/api/v1/articles?' + p);
    const list = $('articles');
    const items = page.items.map((a) => articleItem(a, false));
    if (more) list.append(...items); else list.replaceChildren(...items);
    state.next = page.nextCursor || null;
    $('more').hidden = !state.next;
    $('article-count').textContent = list.children.length + (state.next ? '+' : '') + ' shown';
  }

  function matchesFilter(a) {
    if (state.from && (a.publishedAt || a.ingestedAt) < state.from) return false;
    if (state.to && (a.publishedAt || a.ingestedAt) >= state.to) return false;
    return true; // theme, country and q are applied by the stream itself
  }

  // ---- detail with highlighted evidence ----
  function highlighted(text, ranges) {
    const parts = [];
    let at = 0;
    for (const r of ranges.slice().sort((x, y) => x.start - y.start)) {
      if (r.start < at || r.end > text.length || r.start >= r.end) continue; // overlapping or out of range
      parts.push(text.slice(at, r.start));
      parts.push(el('mark', { 'data-theme': r.theme, title: r.theme, style: 'box-shadow: 0 -2px 0 ' + color(r.theme) + ' inset' },
        text.slice(r.start, r.end)));
      at = r.end;
    }
    parts.push(text.slice(at));
    return parts;
  }

  async function showDetail(id, theme) {
    try {
      const a = await getJson('/api/v1/articles/' + encodeURIComponent(id));
      const chosen = a.themes.filter((t) => !theme || t.theme === theme);
      const ranges = (field) => chosen.flatMap((t) => t.evidence.filter((e) => e.field === field)
        .map((e) => ({ start: e.start, end: e.end, theme: t.theme })));
      $('detail-title').replaceChildren(...(a.title ? highlighted(a.title, ranges('title'))
        : [el('span', { class: 'untitled' }, headline(a, a.body).text)]));
      $('detail-meta').textContent = [a.source, a.publishedAt, a.url].filter(Boolean).join(' · ');
      $('detail-chips').replaceChildren(...a.themes.map((t) => el('button', {
        type: 'button', class: 'chip' + (t.theme === theme ? ' selected' : ''), 'data-theme': t.theme,
        style: '--c:' + color(t.theme), onclick: () => showDetail(a.id, t.theme === theme ? null : t.theme),
      }, (t.label || t.theme) + ' ' + Math.round(t.score * 100) + '%')));
      $('detail-names').replaceChildren(
        ...(a.countries || []).map((c) => el('span', { class: 'country', title: c.name + ', named ' + c.mentions + '×' },
          c.code)),
        ...(a.entities || []).map((e) => el('button', {
          type: 'button', class: 'entity', 'data-name': e.name, 'data-type': e.type,
          title: (e.type === 'PERSON' ? 'a person' : 'an organisation') + ' named ' + e.mentions
            + '×: show only the articles naming it',
          onclick: () => { state[e.type === 'PERSON' ? 'person' : 'organisation'] = e.name; reload(); },
        }, e.role ? e.role + ' ' + e.name : e.name)));
      $('detail-tone').textContent = toneLine(a);
      $('detail-body').replaceChildren(...highlighted(a.body, ranges('body')));
      $('detail-panel').hidden = false;
      $('detail-panel').dataset.id = a.id;
    } catch (e) {
      showError(e);
    }
  }

  /** A tone score as the page writes it: two decimals, "+" before a positive one ("+0.50", "-0.20", "0.00"). */
  function signed(score) {
    return (score > 0 ? '+' : '') + score.toFixed(2);
  }

  /** The article's tone as the analysis gives it: its score and the counts it came from, or why there is none. */
  function toneLine(a) {
    if (!a.tone) return a.themesStatus && a.themesStatus !== 'analysed' ? 'No tone: ' + a.themesStatus : '';
    const t = a.tone;
    return 'Tone ' + signed(t.score) + ' (−1 bad news … +1 good news): '
      + t.positive + ' good, ' + t.negative + ' bad among ' + t.words + ' words';
  }

  // ---- a story: its articles, oldest first ----
  async function showStory(storyId) {
    try {
      const s = await getJson('/api/v1/stories/' + encodeURIComponent(storyId));
      const day = (t) => (t ? t.slice(0, 10) : '?');
      $('detail-title').textContent = 'Story: ' + (s.story.title || s.story.storyId);
      $('detail-meta').textContent = s.story.articles + ' articles' + (s.story.duplicates ? ' (' + s.story.duplicates
        + ' copies)' : '') + ' · ' + day(s.story.firstSeen) + ' – ' + day(s.story.lastSeen);
      $('detail-chips').replaceChildren(
        ...s.story.themes.map((t) => el('span', { class: 'chip', style: '--c:' + color(t.value) }, t.value)),
        ...s.story.countries.map((c) => el('span', { class: 'country' }, c.value)),
        ...s.story.people.concat(s.story.organisations).map((p) => el('span', { class: 'entity' }, p.value)));
      $('detail-names').replaceChildren();
      $('detail-tone').textContent = '';
      $('detail-body').replaceChildren(el('ul', { id: 'story-articles' }, ...s.articles.map((a) => {
        const item = articleItem(a, false);
        item.querySelector('.story-link')?.remove();
        if (a.duplicateOf) item.classList.add('copy');
        return item;
      })));
      $('detail-panel').hidden = false;
      $('detail-panel').dataset.id = '';
      $('detail-panel').dataset.story = s.story.storyId;
    } catch (e) {
      showError(e);
    }
  }

  // ---- trend chart (inline SVG) ----
  function interval() {
    const from = state.from ? Date.parse(state.from) : Date.now() - 30 * 86400e3;
    const to = state.to ? Date.parse(state.to) : Date.now();
    const days = (to - from) / 86400e3;
    return days <= 3 ? 'hour' : days <= 200 ? 'day' : 'week';
  }

  async function loadTrend() {
    const p = filterParams(true);
    p.set('interval', interval());
    const [data, tone] = await Promise.all([getJson('/api/v1/stats/themes?' + p), getJson('/api/v1/stats/tone?' + p)]);
    $('trend-range').textContent = data.from.slice(0, 10) + ' – ' + data.to.slice(0, 10) + ' per ' + data.interval;
    drawChart(data);
    drawTone(tone);
  }

  /** The mean tone per bucket as bars below (bad news) or above (good news) a middle line, under the trend's buckets. */
  function drawTone(data) {
    const W = 800, H = 70, L = 36, R = 10, M = H / 2;
    const n = data.buckets.length;
    const step = n <= 1 ? 0 : (W - L - R) / (n - 1);
    const width = Math.max(1, Math.min(12, (step || 12) * 0.7));
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'mean tone per bucket' });
    chart.append(svg('line', { class: 'axis', x1: L, y1: M, x2: W - R, y2: M }));
    chart.append(svg('text', { x: L - 4, y: 10, 'text-anchor': 'end' }, '+1'));
    chart.append(svg('text', { x: L - 4, y: H - 2, 'text-anchor': 'end' }, '−1'));
    data.meanScore.forEach((v, i) => {
      if (v == null) return;
      const h = Math.max(1, Math.abs(v) * (M - 4));
      const bar = svg('rect', { x: (L + i * step - width / 2).toFixed(1), y: (v >= 0 ? M - h : M).toFixed(1),
        width: width.toFixed(1), height: h.toFixed(1), class: v >= 0 ? 'good' : 'bad', 'data-bucket': data.buckets[i] });
      bar.append(svg('title', {}, data.buckets[i].slice(0, data.interval === 'hour' ? 13 : 10) + ': tone '
        + signed(v) + ' over ' + data.articles[i] + ' articles, ' + data.bad[i]
        + ' leaning to bad news, ' + data.good[i] + ' to good'));
      chart.append(bar);
    });
    $('tone').replaceChildren(chart);
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text != null) node.textContent = text;
    return node;
  }

  function drawChart(data) {
    const W = 800, H = 220, L = 36, R = 10, T = 10, B = 24;
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'articles per theme' });
    const series = data.series.slice(0, 8);
    const n = data.buckets.length;
    const max = Math.max(1, ...series.flatMap((s) => s.counts));
    const x = (i) => L + (n <= 1 ? 0 : (i * (W - L - R)) / (n - 1));
    const y = (v) => H - B - (v * (H - T - B)) / max;
    chart.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }));
    chart.append(svg('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }));
    for (const v of [0, Math.round(max / 2), max]) {
      chart.append(svg('text', { x: L - 4, y: y(v) + 3, 'text-anchor': 'end' }, String(v)));
    }
    const labels = Math.min(n, 6);
    for (let k = 0; k < labels; k++) {
      const i = labels === 1 ? 0 : Math.round((k * (n - 1)) / (labels - 1));
      const label = data.interval === 'hour' ? data.buckets[i].slice(5, 13).replace('T', ' ') + 'h'
        : data.buckets[i].slice(5, 10);
      chart.append(svg('text', { x: x(i), y: H - 6, 'text-anchor': 'middle' }, label));
    }
    if (!series.length) {
      chart.append(svg('text', { class: 'empty', x: W / 2, y: H / 2, 'text-anchor': 'middle' },
        'no articles in this window'));
    }
    for (const s of series) {
      const points = s.counts.map((v, i) => x(i).toFixed(1) + ',' + y(v).toFixed(1)).join(' ');
      const line = svg('polyline', { points, fill: 'none', stroke: color(s.theme), 'stroke-width': 2,
        'data-theme': s.theme });
      line.append(svg('title', {}, (s.label || s.theme) + ': ' + s.total));
      chart.append(line);
    }
    $('trend').replaceChildren(chart);
    $('legend').replaceChildren(...series.map((s) => el('li', { style: '--c:' + color(s.theme) },
      (s.label || s.theme) + ' ' + s.total)));
  }

  // ---- live updates ----
  function connect() {
    if (state.source) state.source.close();
    const source = new EventSource('/api/v1/stream?' + filterParams(false));
    state.source = source;
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(source.readyState === EventSource.OPEN);
    source.addEventListener('article', (event) => {
      const a = JSON.parse(event.data);
      if (!matchesFilter(a)) return;
      const list = $('articles');
      const old = list.querySelector(`[data-id="${CSS.escape(a.id)}"]`);
      if (old) old.remove();
      list.prepend(articleItem(a, true));
      $('article-count').textContent = list.children.length + (state.next ? '+' : '') + ' shown';
      scheduleRefresh();
    });
  }

  function setLive(on) {
    $('live').textContent = on ? 'live' : 'offline';
    $('live').classList.toggle('on', on);
    $('live').classList.toggle('off', !on);
  }

  function scheduleRefresh() {
    clearTimeout(state.refresh);
    state.refresh = setTimeout(() => {
      loadTrend().catch(showError);
      loadThemes().catch(showError);
      loadNames().catch(showError);
    }, 1500);
  }

  // ---- filters ----
  async function reload() {
    showError(null);
    try {
      await Promise.all([loadArticles(false), loadTrend(), loadNames()]);
      connect();
    } catch (e) {
      showError(e);
    }
  }

  function readForm() {
    state.theme = $('f-theme').value;
    state.country = $('f-country').value.trim().toUpperCase();
    state.q = $('f-q').value.trim();
    state.from = $('f-from').value;
    state.to = $('f-to').value;
  }

  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    readForm();
    applyTheme(state.theme);
  });
  $('f-clear').addEventListener('click', () => {
    $('filters').reset();
    state.person = '';
    state.organisation = '';
    readForm();
    applyTheme('');
  });
  $('more').addEventListener('click', () => loadArticles(true).catch(showError));
  $('detail-close').addEventListener('click', () => { $('detail-panel').hidden = true; });

  loadThemes().catch(showError);
  reload();
})();
