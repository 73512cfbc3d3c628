// Placeholder until the audit command group is written (foundation issue).
#include "cli.h"

namespace bianmin::cli {
QList<Command> auditCommands() { return {}; }
}
