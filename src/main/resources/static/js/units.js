// Unit catalogue: expand or collapse the whole tree, and confirm a deactivation before it is sent.
(function () {
    'use strict';

    document.querySelectorAll('[data-unit-tree]').forEach(function (button) {
        button.addEventListener('click', function () {
            var show = button.getAttribute('data-unit-tree') === 'expand';
            document.querySelectorAll('#unit-tree .unit-children').forEach(function (list) {
                var collapse = bootstrap.Collapse.getOrCreateInstance(list, { toggle: false });
                if (show) {
                    collapse.show();
                } else {
                    collapse.hide();
                }
            });
        });
    });

    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            if (!window.confirm(form.getAttribute('data-confirm'))) {
                event.preventDefault();
            }
        });
    });
})();
