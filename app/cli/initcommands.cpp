// Placeholder until the init command group is written (foundation issue).
#include "cli.h"

namespace bianmin::cli {
QList<Command> initCommands() { return {}; }
}
