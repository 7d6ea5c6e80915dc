"""Spreadsheet writer shared by every xlsx export: constant memory, one header style, one call per sheet."""

import io

import xlsxwriter


class XlsxBook:
    """Write sheets of rows into an in-memory xlsx file.

    xlsxwriter's ``constant_memory`` mode flushes each row as soon as the next one starts, so memory
    stays flat however many rows are written; rows must therefore be written top to bottom.
    """

    def __init__(self):
        self._buffer = io.BytesIO()
        self.workbook = xlsxwriter.Workbook(self._buffer, {"constant_memory": True, "in_memory": False})
        self.header = self.workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        self.percent = self.workbook.add_format({"num_format": "0.0%"})
        self.datetime = self.workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})

    def add_sheet(self, name, headers, rows, widths=None, formats=None):
        """Add a sheet: a header line, then ``rows`` (any iterable of sequences, consumed lazily)."""
        sheet = self.workbook.add_worksheet(name[:31])
        for col, title in enumerate(headers):
            sheet.set_column(col, col, (widths or {}).get(col, max(12, len(str(title)) + 2)))
            sheet.write(0, col, title, self.header)
        cell_formats = formats or {}
        for row_index, row in enumerate(rows, start=1):
            for col, value in enumerate(row):
                sheet.write(row_index, col, value, cell_formats.get(col))
        sheet.freeze_panes(1, 0)
        return sheet

    def close(self):
        """Finish the file and return its bytes."""
        self.workbook.close()
        return self._buffer.getvalue()


XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_download(record, content, file_name):
    """Keep the file as an attachment of ``record`` (its history) and send it to the browser."""
    attachment = record.env["ir.attachment"].create(
        {
            "name": file_name,
            "raw": content,
            "res_model": record._name,
            "res_id": record.id,
            "mimetype": XLSX_MIMETYPE,
        }
    )
    return {"type": "ir.actions.act_url", "url": f"/web/content/{attachment.id}?download=true", "target": "self"}
