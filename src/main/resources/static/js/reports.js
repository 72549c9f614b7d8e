// Report form: warn before leaving (or uploading a file, which reloads the page) with unsaved figures, and
// confirm before removing an evidence file. The form works without this script.
(function () {
    'use strict';
    var form = document.getElementById('report-form');
    var dirty = false;
    if (form) {
        form.addEventListener('input', function () { dirty = true; });
        form.addEventListener('change', function () { dirty = true; });
        form.addEventListener('submit', function () { dirty = false; });
        window.addEventListener('beforeunload', function (event) {
            if (dirty) {
                event.preventDefault();
                event.returnValue = '';
            }
        });
    }
    var upload = document.getElementById('upload-form');
    if (upload && form) {
        upload.addEventListener('submit', function (event) {
            if (dirty && !window.confirm(form.getAttribute('data-unsaved-message'))) {
                event.preventDefault();
                return;
            }
            dirty = false;
        });
    }
    document.querySelectorAll('form.report-delete-attachment').forEach(function (del) {
        del.addEventListener('submit', function (event) {
            if (!window.confirm(del.getAttribute('data-confirm'))) {
                event.preventDefault();
                return;
            }
            dirty = false;
        });
    });
    var errors = document.getElementById('form-errors') || document.getElementById('warnings');
    if (errors && errors.focus) {
        errors.scrollIntoView({block: 'start'});
    }
})();
