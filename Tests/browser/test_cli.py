"""The command line, run as a person would run it: real processes, a real database file."""
import os
import subprocess
import tempfile
import urllib.request

import pytest

from conftest import ROOT, free_port

BINARY = os.environ.get("TANDEM_BINARY", str(ROOT / ".build" / "debug" / "tandem"))


def run(*args, env_extra=None, input_text=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_") and k != "DATABASE_URL"}
    env.update(env_extra or {})
    return subprocess.run([BINARY, *args], cwd=ROOT, env=env, capture_output=True, text=True, input=input_text, timeout=120)


@pytest.fixture
def database():
    with tempfile.TemporaryDirectory() as directory:
        yield os.path.join(directory, "cli.sqlite")


def test_user_create_makes_an_account_and_demo_then_refuses_the_real_database(database):
    env = {"TANDEM_DATABASE_PATH": database, "TANDEM_PASSWORD": "a long pass phrase"}
    assert run("migrate", "--yes", env_extra=env).returncode == 0
    created = run("user", "create", "--email", "Lead@Example.org", "--role", "admin", "--name", "Lee Lead", env_extra=env)
    assert created.returncode == 0, created.stderr
    assert "Created admin account lead@example.org" in created.stdout

    again = run("user", "create", "--email", "lead@example.org", "--role", "admin", env_extra=env)
    assert again.returncode == 1
    assert "already signs in with lead@example.org" in again.stderr

    staff = run("user", "create", "--email", "s@example.org", "--role", "staff", env_extra=env)
    assert staff.returncode == 1 and "Staff accounts need --organisation" in staff.stderr

    short = run("user", "create", "--email", "p@example.org", "--role", "partner",
                env_extra={"TANDEM_DATABASE_PATH": database, "TANDEM_PASSWORD": "short"})
    assert short.returncode == 1 and "12 characters or more" in short.stderr

    demo = run("demo", env_extra=env)
    assert demo.returncode == 1
    assert "holds real (not demo) data" in demo.stderr
    quiet = run("demo", "--if-empty", env_extra=env)
    assert quiet.returncode == 0 and "no demo data was loaded" in quiet.stdout


def test_the_password_can_be_typed_at_the_terminal(database):
    env = {"TANDEM_DATABASE_PATH": database}
    created = run("user", "create", "--email", "typed@example.org", "--role", "coordinator", env_extra=env,
                  input_text="typed pass phrase\n")
    assert created.returncode == 0, created.stderr + created.stdout


def test_demo_is_deterministic_and_prints_how_to_sign_in(database):
    env = {"TANDEM_DATABASE_PATH": database, "TANDEM_DEMO_PASSWORD": "demo-password-123"}
    first = run("demo", env_extra=env)
    assert first.returncode == 0, first.stderr
    assert "19 organisations, 60 people, 5 accounts" in first.stdout
    for email in ["admin@demo.example.org", "partner@demo.example.org", "staff2@demo.example.org"]:
        assert email in first.stdout
    assert "Password: demo-password-123" in first.stdout
    second = run("demo", "--if-empty", env_extra=env)
    assert second.returncode == 0 and "already loaded" in second.stdout


@pytest.mark.parametrize("setting,value", [("DATABASE_URL", "mysql://nope"), ("TANDEM_PORT", "eighty")])
def test_a_malformed_setting_stops_the_start_and_names_it(setting, value):
    result = run("serve", env_extra={setting: value})
    assert result.returncode == 1
    assert setting in result.stderr


def test_healthz_answers_from_a_running_server(database):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_") and k != "DATABASE_URL"}
    env.update(TANDEM_DATABASE_PATH=database, TANDEM_PORT=str(port))
    assert run("migrate", "--yes", env_extra={"TANDEM_DATABASE_PATH": database}).returncode == 0
    process = subprocess.Popen([BINARY, "serve"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import time
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                    assert response.status == 200
                    assert response.read() == b'{"status":"ok","database":"ok"}'
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("server did not answer")
    finally:
        process.terminate()
        process.wait(timeout=10)
