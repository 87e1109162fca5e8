// One page's explanation for trainees: what and why, what the tools would show, what can go wrong.
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct TrainingNote
{
    // A fault as the operator meets it (the exact error number and text), and what to do about it.
    struct Pitfall
    {
        QString symptom;
        QString remedy;
    };

    // Rich text (short paragraphs, <b>, lists, <code>, <pre>), already translated.
    QString whatAndWhy;
    QString whatYouWouldSee;
    QList<Pitfall> whatCanGoWrong;

    bool isEmpty() const
    {
        return whatAndWhy.isEmpty() && whatYouWouldSee.isEmpty() && whatCanGoWrong.isEmpty();
    }
};

} // namespace pchat
