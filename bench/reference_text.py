"""The scikit-learn reference for `tandem themes evaluate`, on the same files.

Themes: TF-IDF of word 1-2 grams, one-vs-rest LinearSVC, one global decision
threshold tuned by 5-fold cross-validation on the training file (never on the
test file). Sentiment: multinomial logistic regression on the same features.
BLAS is single-threaded (set by bench/text.sh). Prints one JSON line with the
same scores as `tandem themes evaluate`, and the times of each step."""
import csv
import json
import sys
import time
import warnings

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.svm import LinearSVC

FIXED = 7  # id, text, question, service, rating, sentiment, pii


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    texts = [r[1] for r in body]
    labels = np.array([[int(v or 0) for v in r[FIXED:]] for r in body])
    sentiment = [r[5] for r in body]
    return header[FIXED:], texts, labels, sentiment


def three_way(score):
    score = float(score)
    return 0 if score <= 2 else (1 if score == 3 else 2)


def best_global_threshold(scores, truth):
    """The threshold with the best micro F1, on a 0.01 grid."""
    positives = truth.sum()
    best = (-1.0, 0.0)
    for t in np.arange(-1.5, 1.0, 0.01):
        predicted = scores > t
        true_positives = np.logical_and(predicted, truth == 1).sum()
        f = 2 * true_positives / (predicted.sum() + positives)
        if f > best[0]:
            best = (f, t)
    return best[1]


def themes_model(texts, labels):
    vectoriser = TfidfVectorizer(ngram_range=(1, 2))
    x = vectoriser.fit_transform(texts)
    return vectoriser, OneVsRestClassifier(LinearSVC()).fit(x, labels)


def main(train_path, test_path):
    # "Label not present in all training examples": expected in folds, handled below.
    warnings.filterwarnings("ignore", category=UserWarning)
    names, train_texts, y_train, train_sentiment = load(train_path)
    _, test_texts, y_test, test_sentiment = load(test_path)

    # The global threshold, by cross-validation on the training file only.
    started = time.perf_counter()
    out_of_fold = np.zeros(y_train.shape)
    for fit_rows, held_rows in KFold(5, shuffle=True, random_state=0).split(train_texts):
        vec, model = themes_model([train_texts[i] for i in fit_rows], y_train[fit_rows])
        scores = model.decision_function(vec.transform([train_texts[i] for i in held_rows]))
        # A label with no example in this fold's training part gets a constant model from
        # scikit-learn that scores 0; it must never be predicted, so score it far below any threshold.
        scores[:, y_train[fit_rows].sum(axis=0) == 0] = -10
        out_of_fold[held_rows] = scores
    threshold = best_global_threshold(out_of_fold, y_train)
    threshold_seconds = time.perf_counter() - started

    started = time.perf_counter()
    vectoriser, model = themes_model(train_texts, y_train)
    fit_seconds = time.perf_counter() - started
    started = time.perf_counter()
    predicted = (model.decision_function(vectoriser.transform(test_texts)) > threshold).astype(int)
    predict_seconds = time.perf_counter() - started

    keep = y_test.sum(axis=0) >= 5
    with_sentiment = [i for i, s in enumerate(train_sentiment) if s.strip()]
    test_with = [i for i, s in enumerate(test_sentiment) if s.strip()]
    started = time.perf_counter()
    x_train = vectoriser.transform([train_texts[i] for i in with_sentiment])
    sentiment_model = LogisticRegression(max_iter=1000).fit(x_train, [three_way(train_sentiment[i]) for i in with_sentiment])
    sentiment_predicted = sentiment_model.predict(vectoriser.transform([test_texts[i] for i in test_with]))
    sentiment_seconds = time.perf_counter() - started
    sentiment_truth = [three_way(test_sentiment[i]) for i in test_with]

    print(json.dumps({
        "micro_f1": round(f1_score(y_test, predicted, average="micro", zero_division=0), 4),
        "macro_f1": round(f1_score(y_test[:, keep], predicted[:, keep], average="macro", zero_division=0), 4),
        "samples_f1": round(f1_score(y_test, predicted, average="samples", zero_division=0), 4),
        "sentiment_accuracy": round(accuracy_score(sentiment_truth, sentiment_predicted), 4),
        "sentiment_macro_f1": round(f1_score(sentiment_truth, sentiment_predicted, average="macro"), 4),
        "fit_seconds": round(fit_seconds, 4),
        "predict_seconds": round(predict_seconds, 4),
        "sentiment_seconds": round(sentiment_seconds, 4),
        "threshold_seconds": round(threshold_seconds, 4),
        "global_threshold": round(float(threshold), 3),
        "rows_train": len(train_texts),
        "rows_test": len(test_texts),
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
