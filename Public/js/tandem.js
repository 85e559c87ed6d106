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

// Coding screen keys: a theme's number ticks or unticks it (the suggestions
// first, then the rest of the codebook; two digits in quick succession for 10
// and above), P/N/M set the sentiment, Q marks it quotable, S saves, K skips.
// Keys typed into a text box are left alone. The form works the same with a
// mouse or without this script.
const codingForm = document.getElementById('coding-form')
if (codingForm) {
  const choose = (selector) => {
    const input = codingForm.querySelector(selector)
    if (input) {
      input.click()
      input.focus()
    }
  }
  const themeBoxes = () => codingForm.querySelectorAll('input[name="themes[]"], input[name="more[]"]')
  const tick = (number) => {
    const box = themeBoxes()[number - 1]
    if (!box) return
    const folded = box.closest('details')
    if (folded) folded.open = true
    box.click()
    box.focus()
  }
  let typed = ''
  let waiting = null
  document.addEventListener('keydown', (event) => {
    const target = event.target
    const typing = target && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type === 'text'))
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return
    const key = event.key.toLowerCase()
    if (key >= '0' && key <= '9') {
      event.preventDefault()
      clearTimeout(waiting)
      typed += key
      const count = themeBoxes().length
      // Wait for a second digit only while one could still name a theme.
      if (typed.length >= 2 || Number(typed) * 10 > count) {
        tick(Number(typed))
        typed = ''
      } else {
        waiting = setTimeout(() => {
          tick(Number(typed))
          typed = ''
        }, 700)
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

// The project menu: folded behind "Project menu" on a phone, open on a wider screen.
const projectMenu = document.querySelector('.tandem-project-menu')
if (projectMenu) {
  const wide = window.matchMedia('(min-width: 48.0625em)')
  const fit = () => {
    projectMenu.open = wide.matches
    projectMenu.classList.toggle('tandem-project-menu--wide', wide.matches)
  }
  fit()
  wide.addEventListener('change', fit)
}

// A chart's bar that opens what it counts, for the pointer; the table beside the chart has the same links.
for (const bar of document.querySelectorAll('.tandem-bar-link[data-href]')) {
  bar.addEventListener('click', () => {
    window.location.href = bar.dataset.href
  })
}
