// The page behaviour that htmx's hx-on attributes used to carry. Handlers live here, in a script the
// Content-Security-Policy allows by origin, so the policy needs no 'unsafe-eval' (hx-on compiles its code at runtime).
document.addEventListener('click', (event) => {
  const remove = event.target.closest('[data-remove-row]');
  if (remove) {
    remove.closest('tr').remove();
  }
});

// Choosing a lab test fills its usual unit, unless the coordinator typed a unit of their own.
document.addEventListener('change', (event) => {
  const test = event.target.closest('select[data-fills-unit]');
  if (!test) {
    return;
  }
  const unit = test.closest('tr').querySelector('input[name="observations.unit"]');
  const usual = test.selectedOptions[0].dataset.unit;
  if (unit.value === '' || unit.dataset.filled === 'true') {
    unit.value = usual || '';
    unit.dataset.filled = 'true';
  }
});

// Code fields (ICD-10 conditions, ATC medications and allergies, LOINC tests) are searched by name: typing two
// characters (or one Chinese character) asks the platform's terminology and offers "code — name" in a datalist of
// the field's own; choosing one fills the code. The field keeps its own label; without script, codes are typed.
(() => {
  const systems = { icd10: 'ICD-10', atc: 'ATC', loinc: 'LOINC' };
  const base = new URL('..', document.currentScript.src);
  const pending = new WeakMap();
  const timers = new WeakMap();
  let lists = 0;

  const systemOf = (input) => {
    const name = input.name || '';
    return systems[name.slice(name.lastIndexOf('.') + 1)];
  };

  const searchable = (text) => text.length >= 2 || /\p{Script=Han}/u.test(text);

  const ownList = (input) => input.dataset.termsList && document.getElementById(input.dataset.termsList);

  const listOf = (input) => {
    const own = ownList(input);
    if (own) {
      return own;
    }
    const list = document.createElement('datalist');
    list.id = `terms-${++lists}`;
    input.dataset.termsList = list.id;
    input.setAttribute('list', list.id);
    input.after(list);
    return list;
  };

  const offer = (input, entries) => {
    const chinese = document.documentElement.lang.startsWith('zh');
    const options = entries.map((entry) => {
      const names = chinese ? `${entry.nameZh} · ${entry.name}` : `${entry.name} · ${entry.nameZh}`;
      const option = document.createElement('option');
      option.value = entry.code;
      option.label = `${entry.code} — ${names}${entry.unit ? ` (${entry.unit})` : ''}`;
      return option;
    });
    listOf(input).replaceChildren(...options);
  };

  const search = async (input, system, text) => {
    pending.get(input)?.abort();
    const request = new AbortController();
    pending.set(input, request);
    const url = new URL('terminology', base);
    url.search = new URLSearchParams({ system, q: text, limit: '15' });
    try {
      const answer = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' },
        signal: request.signal });
      // a session that ended answers with the sign-in page: nothing to offer, the code can still be typed
      if (answer.ok && (answer.headers.get('Content-Type') || '').includes('json')) {
        offer(input, await answer.json());
      }
    } catch (failure) {
      if (failure.name !== 'AbortError') {
        console.warn('terminology search failed', failure);
      }
    }
  };

  document.addEventListener('input', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !systemOf(input)) {
      return;
    }
    const text = input.value.trim();
    const offered = ownList(input);
    const chosen = offered && [...offered.options].some((option) => option.value === input.value);
    clearTimeout(timers.get(input));
    if (chosen || !searchable(text)) {
      return;
    }
    timers.set(input, setTimeout(() => search(input, systemOf(input), text), 150));
  });
})();

// Refused forms: the summary of errors takes the focus when the page opens, and each of its links, which name a
// field by its label, moves to that field and focuses it (a plain anchor would only scroll to it).
(() => {
  const summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-focus-field]');
    const field = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
    history.replaceState(null, '', link.getAttribute('href'));
  });
})();
