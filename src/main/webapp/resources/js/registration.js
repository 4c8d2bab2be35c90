/*
 * The registration wizard (desk/register.xhtml) for keyboards and screen readers: after Next or
 * Back, focus goes to the new step's heading (or to the field refused) and the step is
 * announced; after adding or removing a member, focus stays with the members; a searchable
 * list opens with its search field focused.
 */
var registration = (function () {

    function markCurrent(number) {
        document.querySelectorAll('.ui-wizard-step-title').forEach(function (title, i) {
            if (i === number - 1) {
                title.setAttribute('aria-current', 'step');
            } else {
                title.removeAttribute('aria-current');
            }
        });
    }

    function announce(text) {
        var status = document.getElementById('stepStatus');
        if (status) {
            status.textContent = text;
        }
    }

    return {
        /** A step was rendered; on the first page load focus stays where the browser puts it. */
        stepShown: function (number) {
            var firstLoad = document.readyState === 'loading';
            setTimeout(function () {
                markCurrent(number);
                if (firstLoad) {
                    return;
                }
                var heading = document.querySelector('.step-heading[data-step="' + number + '"]');
                var refused = document.querySelector('.ui-wizard-content [aria-invalid="true"]');
                var messages = document.querySelector('.ui-wizard-content .ui-messages-error');
                if (refused) {
                    announce(messages ? messages.textContent.trim() : heading.textContent.trim());
                    refused.focus();
                } else if (heading) {
                    announce(heading.textContent.trim());
                    heading.focus();
                }
            }, 0);
        },

        /** After "Add a member": the new member's first field. */
        focusLastMember: function () {
            var members = document.querySelectorAll('fieldset.member');
            var last = members[members.length - 1];
            var field = last && last.querySelector('input:not([type=hidden]), select');
            if (field) {
                field.focus();
            }
        },

        /** After "Remove": the legend of the member before, or the step's heading. */
        focusMember: function (index) {
            var target = document.getElementById('member-legend-' + index)
                    || document.querySelector('.ui-wizard-content .step-heading');
            if (target) {
                target.focus();
            }
        },

        /** A searchable list opens with its search field focused, so typing filters at once. */
        searchFirst: function (widget) {
            setTimeout(function () {
                if (widget.filterInput && widget.filterInput.length) {
                    widget.filterInput.trigger('focus');
                }
            }, 50);
        }
    };
})();
