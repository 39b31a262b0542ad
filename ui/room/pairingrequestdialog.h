#pragma once

#include <QDialog>

namespace exam::ui {

class LargeButton;

// A station asks to join the room: the proctor compares the code on both screens (it proves the two
// talk to each other and nobody in between) and accepts or rejects. Opened with open(): nothing
// blocks, and answered() says the outcome once, also when the dialog is closed with Escape (a rejection).
class PairingRequestDialog : public QDialog
{
    Q_OBJECT
public:
    // `code`: the six digits both ends derived; shown in groups of three, "123 456".
    PairingRequestDialog(const QString& stationName, const QString& code, QWidget* parent = nullptr);

    // Opens a new dialog on `parent` (deleted when answered) and returns it, for connecting answered().
    static PairingRequestDialog* ask(QWidget* parent, const QString& stationName, const QString& code);

    static QString groupedCode(const QString& code);

    LargeButton* acceptButton() const { return m_accept; }
    LargeButton* rejectButton() const { return m_reject; }

Q_SIGNALS:
    void answered(bool accepted);

private:
    LargeButton* m_accept;
    LargeButton* m_reject;
};

} // namespace exam::ui
