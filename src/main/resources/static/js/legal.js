// Legal-document form: when the live check of the number suggests a type (NĐ → Nghị định) and no type has
// been chosen yet, choose it. A type the user picked is never changed.
(function () {
    'use strict';
    document.body.addEventListener('htmx:afterSwap', function (event) {
        if (!event.detail.target || event.detail.target.id !== 'number-check') {
            return;
        }
        var hint = event.detail.target.querySelector('[data-suggested-type]');
        var select = document.getElementById('type');
        if (hint && select && !select.value) {
            select.value = hint.getAttribute('data-suggested-type');
        }
    });
})();
