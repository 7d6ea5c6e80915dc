from . import (
    aftersales_odometer_reading,
    aftersales_station_service,
    aftersales_vehicle,
    aftersales_vehicle_maintenance,
    helpdesk_ticket,
    product_template,
    repair_order,
    res_company,
    res_config_settings,
    res_partner,
    res_users,
    stock_lot,
)
