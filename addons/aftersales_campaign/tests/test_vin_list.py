from odoo.tests import BaseCase, tagged

from ..tools.vin_list import parse_vin_list


@tagged("post_install", "-at_install")
class TestVinList(BaseCase):
    def test_every_line_judged(self):
        entries, problems = parse_vin_list(
            "lfwadrjf7k1000001\n\nLFWADRJF7K1000002\nLFWADRJF7K100000O\nLFWADRJF7K1000001\nSHORT\nLFWADRJF7K10000-3"
        )
        self.assertEqual(entries, [(1, "LFWADRJF7K1000001"), (3, "LFWADRJF7K1000002")])
        self.assertEqual(
            problems,
            [
                (4, "LFWADRJF7K100000O", "forbidden_letter"),
                (5, "LFWADRJF7K1000001", "duplicate"),
                (6, "SHORT", "forbidden_letter"),
                (7, "LFWADRJF7K10000-3", "bad_character"),
            ],
        )
