// Placeholder until the case command group is written (foundation issue).
#include "cli.h"

namespace bianmin::cli {
QList<Command> caseCommands() { return {}; }
}
