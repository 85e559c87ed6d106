// Tandem's only script: start the NHS.UK frontend's components (menus,
// error summary focus, checkboxes). Every page works without it.
import { initAll } from '/vendor/nhsuk/js/nhsuk-frontend.min.js'

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported')
initAll()
