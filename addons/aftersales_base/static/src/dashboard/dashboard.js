import { Component, markup, onWillStart, useState } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";

/**
 * After-sales dashboard: the figures come from aftersales.dashboard.get_tiles() (each addon adds
 * its own); a click opens the records behind a figure. A figure of 0 opens an empty list that says
 * what it is empty of (the tile's help), never sample rows.
 */
export class AftersalesDashboard extends Component {
    static template = "aftersales_base.Dashboard";
    static props = ["*"];

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.state = useState({ groups: [] });
        onWillStart(() => this.load());
    }

    async load() {
        const tiles = await this.orm.call("aftersales.dashboard", "get_tiles", []);
        const groups = [];
        for (const tile of tiles.sort((a, b) => a.sequence - b.sequence)) {
            let group = groups.find((g) => g.name === tile.group);
            if (!group) {
                group = { name: tile.group, tiles: [] };
                groups.push(group);
            }
            group.tiles.push(tile);
        }
        this.state.groups = groups;
    }

    /** A KPI with nothing to measure (no job finished, no callback due) has no figure: shown as "—". */
    isMeasured(value) {
        return value !== undefined && value !== null && value !== false;
    }

    /** Short of its target: below a floor, or above a ceiling (a time to keep under). */
    isBelowTarget(tile) {
        if (!this.isMeasured(tile.target) || !this.isMeasured(tile.value)) {
            return false;
        }
        return tile.lower_is_better ? tile.value > tile.target : tile.value < tile.target;
    }

    /** The arrow beside the previous period's figure: where the figure went since. */
    trendIcon(tile) {
        if (tile.value > tile.previous) {
            return "fa-arrow-up";
        }
        return tile.value < tile.previous ? "fa-arrow-down" : "fa-arrow-right";
    }

    open(tile) {
        this.action.doAction({
            type: "ir.actions.act_window",
            name: tile.label,
            res_model: tile.model,
            domain: tile.domain,
            help: tile.help ? markup(tile.help) : undefined,
            useSampleModel: false,
            views: [
                [false, "list"],
                [false, "form"],
            ],
            target: "current",
        });
    }
}

registry.category("actions").add("aftersales_dashboard", AftersalesDashboard);
