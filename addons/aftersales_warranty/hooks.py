def post_init_hook(env):
    """Vehicles delivered before the warranty addon was installed get their coverage too."""
    env["aftersales.vehicle"].search(
        ["|", "|", ("sale_date", "!=", False), ("delivery_date", "!=", False), ("acceptance_date", "!=", False)]
    ).action_generate_warranties()
