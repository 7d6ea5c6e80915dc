import { Component, onMounted, onWillUnmount, useState } from "@odoo/owl";
import { formatDateTime } from "@web/core/l10n/dates";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { standardFieldProps } from "@web/views/fields/standard_field_props";

const { DateTime } = luxon;

const STATE_COLORS = { met: "success", on_track: "info", at_risk: "warning", breached: "danger" };

/**
 * Time from ``now`` to ``due``, as tools/sla.py time_left() computes it for the server: minutes under
 * an hour (at least 1), hours under two days, days beyond.
 */
export function timeLeft(now, due) {
    if (!due) {
        return null;
    }
    const seconds = due.diff(now, "seconds").seconds;
    const late = seconds < 0;
    const minutes = Math.floor(Math.abs(seconds) / 60);
    if (minutes < 60) {
        return { late, count: Math.max(minutes, 1), unit: "min" };
    }
    if (minutes < 48 * 60) {
        return { late, count: Math.floor(minutes / 60), unit: "h" };
    }
    return { late, count: Math.floor(minutes / (24 * 60)), unit: "d" };
}

export function timeLeftWords({ late, count, unit }) {
    if (unit === "min") {
        return late ? _t("%(count)s min late", { count }) : _t("%(count)s min left", { count });
    }
    if (unit === "h") {
        return late ? _t("%(count)s h late", { count }) : _t("%(count)s h left", { count });
    }
    return late ? _t("%(count)s days late", { count }) : _t("%(count)s days left", { count });
}

/**
 * The next SLA deadline of a case (the first milestone not met yet), what it is, and the time left,
 * counting down live; with ``show_state``, the case's SLA state before it.
 */
export class SlaCountdownField extends Component {
    static template = "aftersales_base.SlaCountdownField";
    static props = { ...standardFieldProps, showState: { type: Boolean, optional: true } };

    setup() {
        this.clock = useState({ now: DateTime.now() });
        let timer;
        onMounted(() => {
            timer = setInterval(() => (this.clock.now = DateTime.now()), 30000);
        });
        onWillUnmount(() => clearInterval(timer));
    }

    get data() {
        return this.props.record.data;
    }

    get due() {
        return this.data[this.props.name];
    }

    _label(fieldName) {
        const field = this.props.record.fields[fieldName];
        const value = this.data[fieldName];
        return (field?.selection || []).find(([key]) => key === value)?.[1] || "";
    }

    get milestone() {
        return this.data.sla_next_milestone || "";
    }

    get milestoneLabel() {
        return this._label("sla_next_milestone");
    }

    get stateLabel() {
        return this._label("sla_state");
    }

    get stateClass() {
        return `badge rounded-pill text-bg-${STATE_COLORS[this.data.sla_state] || "secondary"}`;
    }

    get formattedDue() {
        return formatDateTime(this.due, { showSeconds: false });
    }

    get left() {
        return timeLeft(this.clock.now, this.due);
    }

    get words() {
        return this.left ? timeLeftWords(this.left) : "";
    }
}

export const slaCountdownField = {
    component: SlaCountdownField,
    displayName: _t("SLA Countdown"),
    supportedTypes: ["datetime"],
    fieldDependencies: [
        { name: "sla_next_milestone", type: "selection" },
        { name: "sla_state", type: "selection" },
    ],
    extractProps: ({ options }) => ({ showState: Boolean(options.show_state) }),
};

registry.category("fields").add("aftersales_sla_countdown", slaCountdownField);
