"""Vehicle identification number rules (ISO 3779 / GB 16735 character set)."""

import re

VIN_LENGTH = 17
FORBIDDEN_LETTERS = "IOQ"
_ALLOWED = re.compile(r"^[A-HJ-NPR-Z0-9]+$")


def normalize_vin(vin):
    """Upper-case and drop blanks: people type VINs with spaces and in lower case.

    Anything but text (a number sent over RPC, say) is read as its text, so the VIN rules judge it.
    """
    if vin is None or vin is False:
        return ""
    return "".join(str(vin).split()).upper()


def vin_problem(vin):
    """Return the code of the first rule a normalised VIN breaks, or None when it is valid.

    Codes: ``empty``, ``forbidden_letter`` (I, O or Q, which read like 1 and 0),
    ``bad_character`` (anything but A-Z and 0-9), ``length`` (not 17 characters).
    """
    if not vin:
        return "empty"
    if any(letter in vin for letter in FORBIDDEN_LETTERS):
        return "forbidden_letter"
    if not _ALLOWED.match(vin):
        return "bad_character"
    if len(vin) != VIN_LENGTH:
        return "length"
    return None
