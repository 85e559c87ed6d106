"""The command line, run as a person would run it: real processes, a real database file."""
import json
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


# The text engine on the command line. A small slice of the labelled data keeps
# this quick in a debug build; bench/text.sh measures the real thing in release.
FFT = ROOT.parent / "shared" / "data" / "fft"


def small_dataset(directory, rows, name):
    lines = (FFT / "train.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    import csv as csvmodule, io
    records = list(csvmodule.reader(io.StringIO("".join(lines))))
    path = os.path.join(directory, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        csvmodule.writer(f).writerows(records[: rows + 1])
    return path


@pytest.mark.skipif(not (FFT / "train.csv").exists(), reason="the labelled FFT data is not next to the project")
def test_themes_evaluate_prints_the_scores_as_its_last_line(tmp_path):
    train = small_dataset(tmp_path, 400, "train.csv")
    test = small_dataset(tmp_path, 120, "test.csv")
    result = run("themes", "evaluate", "--train", train, "--test", test, "--save", str(tmp_path / "model"))
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(scores) == {"micro_f1", "macro_f1", "samples_f1", "sentiment_accuracy", "sentiment_macro_f1",
                           "fit_seconds", "predict_seconds", "rows_train", "rows_test"}
    assert scores["rows_train"] == 400 and scores["rows_test"] == 120
    assert 0.3 < scores["micro_f1"] <= 1

    explained = run("themes", "explain", "--model", str(tmp_path / "model"), "--theme", "Staff manner & personal attributes")
    assert explained.returncode == 0, explained.stderr
    assert "Staff manner & personal attributes" in explained.stdout

    suggested = run("themes", "suggest", "--model", str(tmp_path / "model"), input_text="The staff were kind\nWaited 4 hours\n")
    lines = [json.loads(line) for line in suggested.stdout.strip().splitlines()]
    assert [line["text"] for line in lines] == ["The staff were kind", "Waited 4 hours"]
    assert all(line["source"] == "model" and line["themes"] for line in lines)


@pytest.mark.skipif(not (FFT / "train.csv").exists(), reason="the labelled FFT data is not next to the project")
def test_a_malformed_file_is_refused_naming_its_line(tmp_path):
    bad = tmp_path / "bad.csv"
    header = (FFT / "train.csv").read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(header + "\nX1,Fine,what_good,111,1,1,0,0\n", encoding="utf-8")
    result = run("themes", "evaluate", "--train", str(bad), "--test", str(bad))
    assert result.returncode == 1
    assert "bad.csv line 2: expected 51 columns, found 8" in result.stderr + result.stdout


def test_suggestions_without_a_model_come_from_the_codebook():
    result = run("themes", "suggest", input_text="The receptionist was rude and I waited two hours\n")
    line = json.loads(result.stdout.strip())
    assert line["source"] == "codebook"
    assert {"Waiting and delays", "Kindness and attitude of staff"} <= {t["theme"] for t in line["themes"]}
    assert line["sentiment"] == "negative"


def test_redact_reads_standard_input_and_evaluate_meets_the_targets(database):
    result = run("redact", input_text="Dr Patel rang 07700 900123 about NHS 943 476 5919\n",
                 env_extra={"TANDEM_DATABASE_PATH": database})
    assert result.stdout.strip() == "Dr [name] rang [phone] about NHS [NHS number]"
    assert not os.path.exists(database), "a text command leaves no database file behind"
    evaluated = run("redact", "evaluate", "--cases", str(ROOT / "Tests" / "redaction" / "cases.csv"))
    scores = json.loads(evaluated.stdout.strip().splitlines()[-1])
    assert scores["cases"] >= 150 and scores["recall"] >= 0.95 and scores["keep_rate"] >= 0.90


def test_import_feedback_checks_every_row_imports_all_or_nothing_and_never_twice(database):
    import csv
    import sqlite3

    env = {"TANDEM_DATABASE_PATH": database, "TANDEM_DEMO_PASSWORD": "demo-password-123"}
    assert run("demo", env_extra=env).returncode == 0
    with sqlite3.connect(database) as connection:
        project_id = connection.execute("SELECT id FROM projects WHERE title = 'Booking a GP appointment'").fetchone()[0].lower()
        before = connection.execute("SELECT COUNT(*) FROM feedback_items").fetchone()[0]

    folder = os.path.dirname(database)
    path = os.path.join(folder, "fft.csv")
    rows = [["Date", "Ward", "Overall experience", "Comment"]]
    rows += [[f"{day % 28 + 1}/10/2026", "Reception", "Good", f"Comment {day}: the phone line was busy"] for day in range(5000)]
    rows.append(["1/10/2026", "Reception", "Brilliant", "A rating that is not an answer"])
    with open(path, "w", newline="") as handle:
        csv.writer(handle).writerows(rows)

    refused = run("import", "feedback", path, "--project", project_id, env_extra=env)
    assert refused.returncode == 1
    assert "line 5002: rating 'Brilliant' must be" in refused.stderr
    assert "Nothing was imported" in refused.stderr

    rows[-1][2] = "Very good"
    with open(path, "w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    imported = run("import", "feedback", path, "--project", project_id, "--columns", "text=Comment,date=Date,service=Ward,rating=Overall experience",
                   env_extra=env)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 5001 rows (0 already in Tandem, skipped; 0 without a comment, skipped)" in imported.stdout
    assert "Importing [##############################] 100% 5001 of 5001 rows" in imported.stderr

    again = run("import", "feedback", path, "--project", project_id, env_extra=env)
    assert again.returncode == 0, again.stderr
    assert "Imported 0 rows (5001 already in Tandem, skipped; 0 without a comment, skipped)" in again.stdout
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT COUNT(*) FROM feedback_items").fetchone()[0] == before + 5001

    unknown = run("import", "feedback", path, "--project", project_id, "--columns", "text=Feedback", env_extra=env)
    assert unknown.returncode == 1 and "has no column called 'Feedback'" in unknown.stderr
