"""Phone number normalisation for caller lookup (E.164, so every written form of a number matches)."""

import phonenumbers

DEFAULT_REGION = "CN"


def normalize_phone(number, region=DEFAULT_REGION):
    """E.164 form of ``number`` read in ``region`` (``+8613800138000``), or None when it is no number."""
    if not number or not any(char.isdigit() for char in number):
        return None
    try:
        parsed = phonenumbers.parse(number, (region or DEFAULT_REGION).upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
