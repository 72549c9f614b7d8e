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
    if (upload) {
        upload.addEventListener('submit', function (event) {
            // a file over the limit is refused here, before a slow connection spends minutes sending it
            var input = upload.querySelector('input[type=file]');
            var max = parseInt(upload.getAttribute('data-max-bytes'), 10);
            var error = document.getElementById('upload-error');
            if (input && input.files && input.files.length && max && input.files[0].size > max) {
                event.preventDefault();
                if (error) {
                    error.textContent = upload.getAttribute('data-too-large');
                    error.classList.remove('d-none');
                }
                return;
            }
            if (form && dirty && !window.confirm(form.getAttribute('data-unsaved-message'))) {
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
