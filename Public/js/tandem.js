// Tandem's only script: start the NHS.UK frontend's components (menus,
// error summary focus, checkboxes). Every page works without it.
import { initAll } from '/vendor/nhsuk/js/nhsuk-frontend.min.js'

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported')
initAll()

// Import progress: while a file is being checked or imported, ask how far it
// has got every second and a half, and reload the page when it is finished.
// Without JavaScript the page offers a link to refresh it.
const progress = document.getElementById('import-progress')
if (progress && progress.dataset.progressUrl) {
  const poll = async () => {
    try {
      const response = await fetch(progress.dataset.progressUrl, { headers: { Accept: 'application/json' } })
      if (response.ok) {
        const state = await response.json()
        if (state.status !== 'checking' && state.status !== 'importing') {
          window.location.reload()
          return
        }
        progress.textContent = state.message
      }
    } catch (error) {
      // A dropped connection: try again on the next tick.
    }
    window.setTimeout(poll, 1500)
  }
  window.setTimeout(poll, 1500)
}

// Coding screen keys: 1-9 accept or undo a suggested theme, P/N/M set the
// sentiment, Q marks it quotable, S saves, K skips. Keys typed into a text
// box are left alone. The form works the same with a mouse or without this script.
const codingForm = document.getElementById('coding-form')
if (codingForm) {
  const choose = (selector) => {
    const input = codingForm.querySelector(selector)
    if (input) {
      input.click()
      input.focus()
    }
  }
  document.addEventListener('keydown', (event) => {
    const target = event.target
    const typing = target && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type === 'text'))
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return
    const key = event.key.toLowerCase()
    if (key >= '1' && key <= '9') {
      const boxes = codingForm.querySelectorAll('input[name="themes[]"]')
      const box = boxes[Number(key) - 1]
      if (box) {
        box.click()
        box.focus()
        event.preventDefault()
      }
    } else if (key === 'p') {
      choose('input[name="sentiment"][value="positive"]')
    } else if (key === 'n') {
      choose('input[name="sentiment"][value="negative"]')
    } else if (key === 'm') {
      choose('input[name="sentiment"][value="neutral"]')
    } else if (key === 'q') {
      choose('input[name="quotable[]"]')
    } else if (key === 's') {
      event.preventDefault()
      codingForm.requestSubmit()
    } else if (key === 'k') {
      const skip = document.getElementById('skip-link')
      if (skip) window.location.href = skip.href
    }
  })
}
