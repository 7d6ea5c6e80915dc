from odoo import fields, models, tools


class AftersalesCallbackAnswerReport(models.Model):
    """Score per questionnaire item (结构性能, 外观质量, 交货日期, 产品价格, 售后服务), 0-100."""

    _name = "aftersales.callback.answer.report"
    _description = "Callback Answers by Item"
    _auto = False
    _order = "date desc"

    callback_id = fields.Many2one("aftersales.callback", readonly=True)
    question_id = fields.Many2one("survey.question", string="Item", readonly=True)
    date = fields.Date(string="Answered On", readonly=True)
    station_id = fields.Many2one("res.partner", string="Service Station", readonly=True)
    technician_id = fields.Many2one("res.users", readonly=True)
    model_id = fields.Many2one("product.product", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    score = fields.Float(readonly=True, aggregator="avg")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                SELECT l.id AS id,
                       c.id AS callback_id,
                       l.question_id,
                       COALESCE(c.done_date, l.create_date::date) AS date,
                       c.station_id,
                       c.technician_id,
                       c.model_id,
                       c.company_id,
                       l.answer_score * 20.0 AS score
                  FROM survey_user_input_line l
                  JOIN survey_user_input i ON i.id = l.user_input_id
                  JOIN aftersales_callback c ON c.id = i.aftersales_callback_id
                  JOIN survey_question q ON q.id = l.question_id
                 WHERE q.question_type = 'simple_choice' AND l.suggested_answer_id IS NOT NULL
            )"""
        )
