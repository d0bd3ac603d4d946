"""Suite-wide settings: Qt offscreen, a private home for platformdirs, shared fixtures."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
# Tests never read or write the real user's configuration or clinic data.
_private = tempfile.mkdtemp(prefix="clinic-kiosk-tests-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_private, _var.lower())
for _var in ("CLINIC_KIOSK_CONFIG", "CLINIC_KIOSK_DB", "CLINIC_KIOSK_DATA_DIR"):
    os.environ.pop(_var, None)

pytest_plugins = ["tests.fixtures.content", "tests.fixtures.database"]
