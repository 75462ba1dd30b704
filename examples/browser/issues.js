// The problems the library reports (ProfileValidationError.issues: path, code, message in the
// page's language), each beside the control its path came from and all of them in a list whose
// items move the focus to that control.
const $ = (id) => document.getElementById(id);

/** The control of the longest prefix of `path` that the form knows (payments.2.amountKzt → payments.2 → …). */
function controlOf(path, fields) {
  for (let n = path.length; n > 0; n -= 1) {
    const control = fields.get(path.slice(0, n).join('.'));
    if (control) return control;
  }
  return undefined;
}

export function clearIssues() {
  for (const note of document.querySelectorAll('.issue')) note.remove();
  for (const control of document.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-issue'));
    if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
  $('problems').hidden = true;
}

function besideControl(control, issue) {
  const note = document.createElement('p');
  note.className = 'issue';
  note.id = `${control.id}-issue`;
  const earlier = document.getElementById(note.id);
  if (earlier) {
    earlier.textContent += ` ${issue.message}`;
    return;
  }
  note.textContent = issue.message;
  (control.closest('.field') ?? control.parentElement).append(note);
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
}

/** Shows every issue; returns how many were placed beside a control. */
export function showIssues(issues, fields) {
  clearIssues();
  let placed = 0;
  const items = issues.map((issue) => {
    const li = document.createElement('li');
    li.dataset.code = issue.code;
    li.dataset.path = issue.path.join('.');
    const control = controlOf(issue.path, fields);
    const text = `${issue.path.join('.') || '—'}: ${issue.message}`;
    if (control) {
      besideControl(control, issue);
      placed += 1;
      const link = Object.assign(document.createElement('a'), { href: `#${control.id}`, textContent: text });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        control.focus();
      });
      li.append(link);
    } else {
      li.textContent = text;
    }
    return li;
  });
  $('issues').replaceChildren(...items);
  $('result').hidden = true;
  $('problems').hidden = false;
  return placed;
}
