#pragma once

#include "callscope.h"
#include "profileeditdialog.h"
#include "profileresolver.h"

#include <QCoro/QCoroTask>
#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QStatusBar;

namespace ecs {
class CredentialSource;
class EcsClient;
} // namespace ecs

namespace ecs::ui {

class ProfileDirectory;

/// Add, edit, delete and test profiles; import the aliyun CLI's; pick one to use. Demo and
/// Environment are listed but cannot be edited or deleted.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileManagerDialog(ProfileDirectory *directory, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString selectedName() const;
    void selectProfile(const QString &name);
    /// The result of the last connection test, or of the last delete or import, in words.
    QString resultText() const;

    void addProfile();
    void editProfile();
    void deleteProfile();
    void testConnection();
    void importAliyunCli(const QString &path);
    /// The add/edit dialog while it is open.
    ProfileEditDialog *editDialog() const { return m_editDialog; }
    /// The mode's source and the expiry of its temporary credentials, for people.
    static QString temporaryCredentialsText(const CredentialSource &source);
    /// A permanent status-bar label with the expiry of `source`'s temporary credentials, kept
    /// up to date as they are renewed (or fail to be).
    static void showExpiryIn(QStatusBar *statusBar, CredentialSource *source);

Q_SIGNALS:
    void useProfileRequested(const QString &name);
    /// A connection test has finished; resultText() tells how.
    void testFinished(bool ok);
    void importFinished();

private:
    void reload();
    void updateButtons();
    void showResult(const QString &text, bool error);
    void openEditor(ProfileEditDialog *dialog);
    /// The test's second step, once the profile is resolved: one DescribeRegions.
    QCoro::Task<> testResolved(QString name, ecs::ResolvedProfile resolved);

    ProfileDirectory *m_directory;
    QListWidget *m_list;
    QLabel *m_details;
    QLabel *m_result;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_test;
    QPushButton *m_import;
    QPushButton *m_use;
    QPointer<ProfileEditDialog> m_editDialog;
    QPointer<ecs::EcsClient> m_testClient;
    ecs::CallScope m_testScope; ///< the last test asked wins
};

} // namespace ecs::ui
