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
