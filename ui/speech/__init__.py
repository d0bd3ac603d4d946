"""Self-voicing: the kiosk speaks for itself (a locked kiosk is closed functionality; the
patient cannot bring a screen reader). See docs/self-voicing.md."""
