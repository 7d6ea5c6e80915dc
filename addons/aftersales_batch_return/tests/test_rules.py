from odoo.tests import TransactionCase, tagged

from ..tools.batch_return import STAGE_CODES, next_stage_code, sampling_error


@tagged("post_install", "-at_install")
class TestBatchReturnRules(TransactionCase):
    def test_stages_follow_the_procedure(self):
        """003 §4.3.2: Marketing, Quality, Warehouse, Quality, Process Engineering, Planning, then done."""
        order = ["request"]
        while order[-1] != "done":
            order.append(next_stage_code(order[-1]))
        self.assertEqual(tuple(order), STAGE_CODES)
        self.assertEqual(next_stage_code("done"), "done")

    def test_sampling_rule(self):
        self.assertIsNone(sampling_error(10, 5, 2))
        self.assertIsNone(sampling_error(10, 10, 10))
        self.assertIsNone(sampling_error(10, 3, 0))
        self.assertEqual(sampling_error(10, 0, 0), "not_sampled")
        self.assertEqual(sampling_error(10, 11, 0), "sampled_over")
        self.assertEqual(sampling_error(10, 5, 6), "defective_over")
        self.assertEqual(sampling_error(10, 5, -1), "negative")
        self.assertEqual(sampling_error(10, -1, 0), "negative")
        # Rounding noise of the unit of measure is not an excess.
        self.assertIsNone(sampling_error(10, 10.0000001, 0))
