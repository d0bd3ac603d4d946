# Conveniences around the two quick-start commands.
.PHONY: run test lint format screenshots bundle bench

run:
	./run-kiosk

test:
	./run-tests

lint:
	.venv/bin/ruff check kiosk ui tests benchmarks scripts

format:
	.venv/bin/ruff format kiosk ui tests benchmarks scripts

screenshots:
	QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_patient.py
	QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_nurse.py
	QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_setup.py

# VENV=/path/to/venv builds with another environment (its PyInstaller is installed if missing).
# CLINIC_KIOSK_DEBUG_BUNDLE=1 builds with a console and traced imports, for troubleshooting.
VENV ?= .venv
PY = $(VENV)/bin/python

bundle:
	@if [ "$(VENV)" = ".venv" ]; then scripts/bootstrap.sh run; fi
	$(PY) -c 'import PyInstaller' 2>/dev/null || $(PY) -m pip install -q -e '.[bundle]'
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller build.spec
	data=$$(mktemp -d) && QT_QPA_PLATFORM=offscreen CLINIC_KIOSK_DATA_DIR=$$data \
		dist/clinic-kiosk/clinic-kiosk --self-check; status=$$?; rm -rf "$$data"; exit $$status
	du -sh dist/clinic-kiosk

bench:
	@if [ "$(VENV)" = ".venv" ]; then scripts/bootstrap.sh run; fi
	$(PY) benchmarks/run_all.py
