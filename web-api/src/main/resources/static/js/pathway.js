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
