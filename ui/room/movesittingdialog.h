#pragma once

#include <QByteArray>
#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace exam::ui {

class LargeButton;

// "Continue on another station" (issue 26): the proctor picks the spare for the sitting of a station
// that stopped answering, among the stations that show Ready, and gives the reason (it goes into both
// stations' audit logs). Confirm stays disabled until both are there. Opened with open(), never exec().
class MoveSittingDialog : public QDialog
{
    Q_OBJECT
public:
    struct Spare
    {
        QByteArray pin;
        QString name;
    };

    MoveSittingDialog(const QString& stationName, const QString& candidate, const QList<Spare>& spares,
                      QWidget* parent = nullptr);

    QByteArray sparePin() const;
    QString reason() const;
    // What is missing, or empty (also shown in the dialog).
    QString problem() const;

    QListWidget* spareList() const { return m_spares; }
    QLineEdit* reasonField() const { return m_reason; }
    LargeButton* confirmButton() const { return m_confirm; }

private:
    void check();

    QList<Spare> m_spareStations;
    QListWidget* m_spares;
    QLineEdit* m_reason;
    QLabel* m_problem;
    LargeButton* m_confirm;
    QString m_shownProblem;
};

} // namespace exam::ui
