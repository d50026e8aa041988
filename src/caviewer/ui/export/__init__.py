"""Everything that writes files of charts and briefings, and the window's commands and dialogs for it.

`chart_spec` (with `breakdown_spec` and `finance_spec`) says what a chart shows, Qt-free; `print_chart`
paints a chart; `chart_export` writes PNG, SVG, PDF, CSV and the clipboard; `batch_export`, `export_command`
and `export_dialog` write many charts, one from the command line, one from a dialog; `chart_actions` holds
the window's export commands; `briefing_pdf` paints the briefing pack. Imported on first use.
"""
