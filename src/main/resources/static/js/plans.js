// Plan page: asks before a destructive or irreversible action (forms with data-confirm). Works for
// forms swapped in by htmx too, since the listener sits on the document.
(function () {
    'use strict';
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement)) {
            return;
        }
        var question = form.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
})();
