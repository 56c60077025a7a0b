#pragma once
#include "common/result.h"

class QWidget;

namespace jy {

// After a save refused because someone else saved the record first: says so, and asks whether
// to reload the record (the default) or keep the form as typed. True for reload.
bool askToReload(QWidget *parent, const FieldErrors &errors);

} // namespace jy
