"""Qt printing: the QtPdf + QPrinter backend and the print-preview dialog."""
