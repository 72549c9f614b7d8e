// Plan page: asks before a destructive or irreversible action (forms with data-confirm), and after a
// form came back with errors brings the first of them into view. The listener sits on the document,
// so it also covers the search results that htmx swaps in.
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

    var problem = document.querySelector('#flash-error, main form .alert-danger, main .is-invalid');
    if (problem) {
        problem.scrollIntoView({block: 'center'});
        var field = problem.matches('input, select, textarea') ? problem
            : (problem.closest('form') || document).querySelector('.is-invalid');
        if (field) {
            field.focus({preventScroll: true});
        }
    }
})();
