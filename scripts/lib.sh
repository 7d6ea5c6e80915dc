# Shared settings for scripts/setup, scripts/run and scripts/test (sourced, not executed).
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ODOO_SRC="${ODOO_SRC:-/opt/odoo/18.0}"
# Where scripts/setup gets Odoo 18.0 when ODOO_SRC has no tree: this commit of this repository (the odoo/odoo
# 18.0 tree of August 2025). Fetched by commit id, so git verifies every file against it.
ODOO_REPO="${ODOO_REPO:-https://github.com/hlaadhari/odoo-18.0.git}"
ODOO_COMMIT="${ODOO_COMMIT:-1b5d156449e9794be555824400d9920c5670aef2}"
VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
ODOO_BIN="$ODOO_SRC/odoo-bin"
DB_USER="${PGUSER:-$(id -un)}"
OUR_ADDONS="aftersales_base,aftersales_helpdesk,aftersales_repair,aftersales_parts,aftersales_warranty,aftersales_survey,aftersales_notice,aftersales_rma,aftersales_sanbao_return,aftersales_batch_return,aftersales_subsidy,aftersales_loaner,aftersales_fieldservice,aftersales_maintenance_plan,aftersales_training,aftersales_station_performance,aftersales_spreadsheet_dashboard,aftersales_campaign"
# The demo database runs as a Chinese company on Odoo's Chinese chart of accounts: l10n_cn is installed with
# the demo (scripts/run; the scenario tests depend on it), never required by our addons.
DEMO_ADDONS="$OUR_ADDONS,l10n_cn"
# OCA wheels install into the venv's odoo/addons namespace; core addons live in the source tree.
addons_path() {
    local site
    site="$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
    echo "$ROOT/addons,$site/odoo/addons,$ODOO_SRC/addons,$ODOO_SRC/odoo/addons"
}

die() { echo "error: $*" >&2; exit 1; }
say() { echo "==> $*" >&2; }
