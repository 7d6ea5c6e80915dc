from datetime import date

from odoo import api, fields, models

from odoo.addons.aftersales_base.tools.kpi import rate
from odoo.addons.aftersales_base.tools.xlsx import XlsxBook, xlsx_download


class AftersalesSatisfactionAnalysis(models.TransientModel):
    """表10 客户满意率统计分析: a year's callback and satisfaction rates against the targets."""

    _name = "aftersales.satisfaction.analysis"
    _description = "Customer Satisfaction Analysis"

    year = fields.Integer(required=True, default=lambda self: fields.Date.context_today(self).year)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)
    due_count = fields.Integer(string="Callbacks Due", compute="_compute_kpis")
    done_count = fields.Integer(string="Callbacks Done", compute="_compute_kpis")
    satisfied_count = fields.Integer(string="Satisfied", compute="_compute_kpis")
    callback_rate = fields.Float(string="Callback Rate (%)", compute="_compute_kpis")
    satisfaction_rate = fields.Float(string="Satisfaction Rate (%)", compute="_compute_kpis")
    callback_rate_target = fields.Float(related="company_id.aftersales_callback_rate_target")
    satisfaction_target = fields.Float(related="company_id.aftersales_satisfaction_target")
    callback_rate_met = fields.Boolean(compute="_compute_kpis")
    satisfaction_met = fields.Boolean(compute="_compute_kpis")

    def _domain(self):
        return [
            ("date", ">=", date(self.year, 1, 1)),
            ("date", "<=", date(self.year, 12, 31)),
            ("company_id", "=", self.company_id.id),
        ]

    def _figures(self, groupby=()):
        """Rows ``(*group, due, done, satisfied, callback rate, satisfaction rate, score)`` of the year."""
        rows = self.env["aftersales.callback.report"]._read_group(
            self._domain(), list(groupby), ["due_count:sum", "done_count:sum", "satisfied_count:sum", "score:avg"]
        )
        return [
            (*group, due, done, satisfied, rate(done, due), rate(satisfied, done), score or None)
            for *group, due, done, satisfied, score in rows
        ]

    @api.depends("year", "company_id")
    def _compute_kpis(self):
        for analysis in self:
            ((due, done, satisfied, callback_rate, satisfaction, _score),) = analysis._figures() or [
                (0, 0, 0, None, None, None)
            ]
            analysis.due_count, analysis.done_count, analysis.satisfied_count = due, done, satisfied
            analysis.callback_rate = callback_rate or 0.0
            analysis.satisfaction_rate = satisfaction or 0.0
            analysis.callback_rate_met = callback_rate is not None and callback_rate >= analysis.callback_rate_target
            analysis.satisfaction_met = satisfaction is not None and satisfaction >= analysis.satisfaction_target

    def _label(self, group):
        if isinstance(group, models.BaseModel):
            return group.display_name or self.env._("Undefined")
        return group.strftime("%Y-%m") if group else self.env._("Undefined")

    def _item_scores(self):
        return self.env["aftersales.callback.answer.report"]._read_group(
            self._domain(), ["question_id"], ["score:avg", "__count"]
        )

    def action_export_xlsx(self):
        self.ensure_one()
        _ = self.env._
        book = XlsxBook()
        book.add_sheet(
            _("Summary"),
            [_("Figure"), _("Actual"), _("Target")],
            [
                (_("Year"), self.year, None),
                (_("Callbacks due"), self.due_count, None),
                (_("Callbacks done"), self.done_count, None),
                (_("Callback rate (%)"), self.callback_rate, self.callback_rate_target),
                (_("Satisfied"), self.satisfied_count, None),
                (_("Satisfaction rate (%)"), self.satisfaction_rate, self.satisfaction_target),
            ],
            widths={0: 26},
        )
        headers = [_("Due"), _("Done"), _("Satisfied"), _("Callback Rate (%)"), _("Satisfaction (%)"), _("Score")]
        for title, column, groupby in (
            (_("By Month"), _("Month"), "date:month"),
            (_("By Station"), _("Station"), "station_id"),
            (_("By Model"), _("Model"), "model_id"),
            (_("By Technician"), _("Technician"), "technician_id"),
        ):
            book.add_sheet(
                title,
                [column, *headers],
                ((self._label(group), *figures) for group, *figures in self._figures([groupby])),
                widths={0: 30},
            )
        book.add_sheet(
            _("By Item"),
            [_("Item"), _("Score"), _("Answers")],
            ((question.title, score, count) for question, score, count in self._item_scores()),
            widths={0: 30},
        )
        return xlsx_download(self, book.close(), f"satisfaction-{self.year}.xlsx")
