// Sends the CSRF token with every htmx request (Spring Security checks it on POST, PUT, DELETE).
(function () {
    'use strict';
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        document.body.addEventListener('htmx:configRequest', function (event) {
            event.detail.headers[header.content] = token.content;
        });
    }
})();
